// Reads a printed PDF as a person reads the paper: its text page by page,
// laid out as printed (pdftotext -layout, from poppler-utils, which
// scripts/test.sh installs), and checks what an office filing it needs.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { expect } = require('@playwright/test');

/** The text of each page of the PDF at `file`, as pdftotext -layout lays it out. */
function pdfPages(file) {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A value's text as a pattern of one line. Its own spaces may widen or
 * vanish (pdftotext guesses spaces from the gaps between glyphs), and so
 * may its fullwidth brackets, 1（5%）: pdftotext sets them a line apart
 * when a fallback font draws them, though the paper shows them in place.
 */
function valuePattern(value) {
  return value
    .trim()
    .split(/\s+/)
    .map(escape)
    .join('[^\\S\\n]*')
    .replace(/[（）]/g, (bracket) => `[^\\S\\n]*${bracket}?[^\\S\\n]*`);
}

/**
 * A row's short values (序号, 自评结果, 得分, 佐证材料; counts, dates,
 * names) as a pattern of one line: all of them, whole and in order, the
 * first one standing alone.
 */
function rowPattern(values) {
  const [first, ...rest] = values.map(valuePattern);
  const tail = rest.map((v) => `.*?${v}`).join('');
  return new RegExp(`(?:^|[^\\S\\n])${first}(?=[^\\S\\n]|$)${tail}`, 'm');
}

/** Every page ends with 第 N 页 共 M 页, N counting up and M the page count. */
function expectPageNumbers(pages) {
  pages.forEach((page, i) => {
    const match = /第\s*(\d+)\s*页\s*共\s*(\d+)\s*页/.exec(page);
    expect(match, `page ${i + 1} has no page number:\n${page}`).not.toBeNull();
    expect([Number(match[1]), Number(match[2])], `page ${i + 1}'s number`).toEqual([i + 1, pages.length]);
  });
}

/** Every page carries `head` as its running head, above everything else. */
function expectRunningHead(pages, head) {
  pages.forEach((page, i) => {
    const first = page.split('\n').find((line) => line.trim() !== '');
    expect(first && first.trim(), `page ${i + 1}'s running head`).toBe(head);
  });
}

/** Each page has the table's header, its columns on one line in order. */
function expectTableHeader(pages, columns) {
  const header = new RegExp(columns.map(escape).join('[^\\S\\n]+'));
  pages.forEach((page, i) => {
    expect(header.test(page), `page ${i + 1} lacks the table header ${columns.join(' ')}:\n${page}`).toBe(true);
  });
}

/**
 * Each row's short values are printed whole on one line: a value broken
 * across lines (部分 / 达标, 0. / 5/1, 照片 / 1 张) fails. `rows` are the
 * values as the page shows them, row by row.
 */
function expectRowsWhole(pages, rows) {
  const text = pages.join('\n');
  for (const values of rows) {
    expect(rowPattern(values).test(text), `"${values.join(' ')}" whole on one line`).toBe(true);
  }
}

/** The plan file the app ships, for the plan's own words. */
function planFile() {
  const file = path.join(__dirname, '..', '..', 'public', 'plans', 'danzhou-2020.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Every sentence of every creation area's paragraph is printed exactly
 * once: nothing of the plan is lost, and no paragraph is repeated row
 * after row. Lines are joined without their spaces, so a paragraph set
 * across the page's width reads as one text.
 */
function expectPlanOnce(pages) {
  const joined = pages.join('\n').replace(/\s+/g, '');
  for (const area of planFile().areas) {
    const sentences = area.text.split(/(?<=。)/).filter((s) => s.length > 0);
    for (const sentence of sentences) {
      const n = joined.split(sentence).length - 1;
      expect(n, `${area.number} "${sentence}" printed ${n} times`).toBe(1);
    }
  }
}

module.exports = {
  pdfPages,
  expectPageNumbers,
  expectRunningHead,
  expectTableHeader,
  expectRowsWhole,
  expectPlanOnce,
  planFile,
};
