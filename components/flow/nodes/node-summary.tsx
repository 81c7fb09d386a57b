import type { FlowNode } from '@/lib/flow/document';
import { weekdays } from '@/lib/flow/nodes/business-hours/schedule';

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What matters about a node at a glance. */
export function NodeSummary({ node }: { node: FlowNode }) {
  switch (node.kind) {
    case 'start':
      return <p>Every call begins here.</p>;
    case 'say':
      return <p className="italic">“{clip(node.data.text) || 'No message yet'}”</p>;
    case 'playFile':
      return <p className="truncate font-mono text-xs">{node.data.fileUrl || 'No file yet'}</p>;
    case 'menu':
      return <p className="italic">“{clip(node.data.promptMessage) || 'No prompt yet'}”</p>;
    case 'transfer':
      return (
        <p>
          To <span className="font-mono">{node.data.destination || '—'}</span>
        </p>
      );
    case 'hangup':
      return <p>Ends the call.</p>;
    case 'businessHours': {
      const open = weekdays.filter((d) => node.data.schedule[d].length > 0);
      return (
        <p>
          {node.data.timezone} · open {open.length ? open.join(', ') : 'never'}
          {node.data.holidays.length ? ` · ${node.data.holidays.length} holiday(s)` : ''}
        </p>
      );
    }
    case 'setVariable':
      return (
        <p className="font-mono text-xs">
          {node.data.name || '?'} = {clip(node.data.value, 40) || '""'}
        </p>
      );
  }
}
