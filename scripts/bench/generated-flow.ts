import type { FlowDocument, FlowEdge, FlowNode } from '../../lib/flow/document';

/**
 * A valid flow of `levels` × 3 nodes plus Start: each level a menu, a Say on
 * press 1 leading to the next level, and a Hang up on press 2.
 */
export function generatedFlow(levels: number): FlowDocument {
  const voice = { voiceProfile: 'en-US-BenjaminRUS' };
  const nodes: FlowNode[] = [{ id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} }];
  const edges: FlowEdge[] = [{ id: 'e_start', source: 'start', sourceHandle: 'next', target: 'menu_0' }];
  for (let i = 0; i < levels; i += 1) {
    const x = 300 + (i % 10) * 900;
    const y = Math.floor(i / 10) * 420;
    nodes.push(
      { id: `menu_${i}`, kind: 'menu', position: { x, y }, data: { promptMessage: `Level ${i}: press 1 to go on, 2 to leave.`, ...voice, maxDigits: 1, options: [{ digits: '1' }, { digits: '2' }] } },
      { id: `say_${i}`, kind: 'say', position: { x: x + 300, y }, data: { text: `You reached level ${i + 1}.`, ...voice } },
      { id: `bye_${i}`, kind: 'hangup', position: { x: x + 300, y: y + 200 }, data: {} },
    );
    edges.push(
      { id: `e_${i}_1`, source: `menu_${i}`, sourceHandle: '1', target: `say_${i}` },
      { id: `e_${i}_2`, source: `menu_${i}`, sourceHandle: '2', target: `bye_${i}` },
      { id: `e_${i}_n`, source: `say_${i}`, sourceHandle: 'next', target: i + 1 < levels ? `menu_${i + 1}` : `bye_${i}` },
    );
  }
  return { schemaVersion: 1, nodes, edges };
}
