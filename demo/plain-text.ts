/**
 * The job summary as a person reads it, for a terminal: Markdown → HTML with
 * GFM (micromark, as GitHub renders it) → plain text. Headings underlined,
 * list items bulleted, tables as aligned columns, links as "text (url)".
 * Only for micromark's own well-formed output: not a general HTML reader.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code =
      name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** One line of inline HTML as text: links as "text (url)", other tags dropped. */
function inline(html: string): string {
  const linked = html.replace(
    /<a href="([^"]*)"[^>]*>(.*?)<\/a>/g,
    (_m, href: string, label: string) => {
      const url = decode(href);
      const text = inline(label);
      return text === url ? url : `${text} (${url})`;
    },
  );
  // The zero-width spaces that keep @mentions and #refs inert on GitHub are noise in a terminal.
  return decode(linked.replace(/<[^>]+>/g, ''))
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function table(html: string): string[] {
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => inline(c[1] ?? '')),
  );
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  const line = (row: string[]): string =>
    row
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  if (!head) return [];
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)];
}

export function summaryAsText(markdown: string): string {
  const html = micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
  });
  const out: string[] = [];
  // Block by block: tables whole, then one element a line (micromark writes blocks on their own lines).
  for (const block of html.split(/(<table>[\s\S]*?<\/table>)/)) {
    if (block.startsWith('<table>')) {
      out.push(...table(block), '');
      continue;
    }
    for (const raw of block.split('\n')) {
      const heading = /^<h(\d)>(.*)<\/h\d>$/.exec(raw);
      if (heading) {
        const text = inline(heading[2] ?? '');
        const mark = heading[1] === '2' ? '═' : '─';
        out.push(text, mark.repeat([...text].length));
        continue;
      }
      if (/^<li>/.test(raw)) {
        out.push(`  • ${inline(raw)}`);
        continue;
      }
      if (/^<\/(ul|ol)>$/.test(raw)) {
        out.push('');
        continue;
      }
      const text = inline(raw);
      if (text) out.push(text, '');
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
