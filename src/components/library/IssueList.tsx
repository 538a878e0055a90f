import type { ImportIssue } from '../../model/import';

function place(issue: ImportIssue): string {
  if (issue.line !== undefined) return `line ${issue.line}${issue.column ? `, column ${issue.column}` : ''}`;
  return issue.path.startsWith('$') ? '' : '—';
}

/** Import problems as a table a person can work through: file, place, field, problem, expected. */
export function IssueList({ issues, caption }: { issues: readonly ImportIssue[]; caption: string }) {
  return (
    <table className="issue-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Place</th>
          <th scope="col">Field</th>
          <th scope="col">Problem</th>
          <th scope="col">Expected</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, i) => (
          <tr key={i} className={issue.severity === 'warning' ? 'issue-warning' : 'issue-error'}>
            <td className="issue-file">{issue.file}</td>
            <td>
              {place(issue)}
              {issue.path.startsWith('$') && <code className="issue-path">{issue.path}</code>}
            </td>
            <td>{issue.field ? <code>{issue.field}</code> : '—'}</td>
            <td>{issue.message}</td>
            <td>{issue.expected && issue.expected !== issue.message ? issue.expected : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
