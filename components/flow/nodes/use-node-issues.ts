'use client';

import { createContext, useContext } from 'react';
import type { LintIssue } from '@/lib/flow/lint';

/** Lint results by node id, computed once per change by the editor and shared. */
export const NodeIssuesContext = createContext<ReadonlyMap<string, LintIssue[]>>(new Map());

export function useNodeIssueCount(nodeId: string) {
  const issues = useContext(NodeIssuesContext).get(nodeId) ?? [];
  return { errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}
