import type { Issue } from './types';

/** One line per issue: severity, JSON path or file place, message. */
export function formatIssue(issue: Issue): string {
  return `${issue.severity === 'warning' ? 'warning' : 'error'} at ${issue.path}: ${issue.message}`;
}
