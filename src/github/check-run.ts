/** The check run's content: conclusion, summary and the findings as annotations. Pure. */
import type { Finding } from '../model/finding.js';
import { clip, fileIn } from '../report/annotations.js';
import type { Report } from '../report/model.js';
import { renderSummary } from '../report/summary.js';

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** And at most 65,535 characters of summary. */
const MAX_SUMMARY = 65_000;
const MAX_ANNOTATIONS = 500;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckRunContent {
  conclusion: 'success' | 'neutral' | 'failure';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

type Scrub = (s: string) => string;
interface Where {
  workspace?: string;
  workflowFile?: string;
  /**
   * Runs before any text is cut (a secret cut in half would no longer be recognised): the content
   * goes to GitHub as it is.
   */
  scrub: Scrub;
}

/**
 * Each finding at its file and line when it has one in the workspace, else at the top of the
 * workflow file (the Checks API needs a path), else only in the summary.
 */
function annotation(f: Finding, o: Where, scrub: Scrub): CheckAnnotation | undefined {
  const file = f.location ? fileIn(o.workspace, f.location.file) : undefined;
  const path = file ?? o.workflowFile;
  if (!path) return undefined;
  const line = (file && f.location?.line) || 1;
  const where = f.context ? `[context ${f.context}] ` : '';
  return {
    path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[f.severity],
    title: clip(scrub(`${f.title} (${f.id})`), 255),
    message: clip(scrub(`${where}${f.message}\nFix: ${f.remediation}`), 4096),
  };
}

export function checkRunContent(report: Report, failed: boolean, o: Where): CheckRunContent {
  const { scrub } = o;
  const { errors, warnings, notices } = report.counts;
  const summary = scrub(renderSummary(report));
  return {
    conclusion: failed ? 'failure' : report.result === 'pass' ? 'success' : 'neutral',
    title: `${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`,
    summary:
      summary.length <= MAX_SUMMARY
        ? summary
        : `${summary.slice(0, MAX_SUMMARY)}\n\n_(cut: the job summary and the JSON report have the rest)_`,
    annotations: report.findings
      .flatMap((f) => annotation(f, o, scrub) ?? [])
      .slice(0, MAX_ANNOTATIONS),
  };
}
