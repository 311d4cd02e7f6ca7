/**
 * What a CSV file's lines tell once read: every quote problem as an error naming the row, the column and
 * the fix, and any line the reader could not account for.
 *
 *   checkLines(result, header, 'data/values/idg.csv', log)
 *     // data/values/idg.csv:4:catatan  -  tanda-kutip  Tanda kutip (") dibuka di sel ini (baris teks 4) …
 */
import { unexplainedLines, type CsvReadResult, type QuoteProblem } from '../fast/csv-reader.ts';
import type { IssueLog } from './issues.ts';

export function checkLines(result: CsvReadResult, header: readonly string[], label: string, log: IssueLog): void {
  for (const q of result.quoteProblems) {
    log.error({ file: label, row: q.row, column: header[q.cell] ?? `#${q.cell + 1}`, rule: 'tanda-kutip', message: quoteMessage(q) });
  }
  const lost = unexplainedLines(result);
  if (lost === 0) return;
  const message = `${result.lines} baris teks dibaca, tetapi hanya ${result.lines - lost} yang terjelaskan (judul, baris kosong, baris data, ganti baris di dalam sel). Periksa berkas ini; laporkan bila pesan ini muncul lagi.`;
  log.error({ file: label, rule: 'jumlah-baris', message });
}

/** What went wrong with a quote, and how to fix it, in plain words. */
function quoteMessage(q: QuoteProblem): string {
  const swallowed =
    q.firstRowLine === null
      ? ''
      : ` Baris teks ${q.firstRowLine} dan sesudahnya, yang berbentuk baris data, ikut tertelan ke dalam sel ini.`;
  if (q.closedLine === null) {
    return `Tanda kutip (") dibuka di sel ini (baris teks ${q.line}) dan tidak pernah ditutup, sehingga sisa berkas terbaca sebagai isi sel ini.${swallowed} Tutup tanda kutipnya di akhir teks sel, atau hapus tanda kutip itu.`;
  }
  return `Tanda kutip (") dibuka di sel ini (baris teks ${q.line}) dan baru ditutup di baris teks ${q.closedLine}.${swallowed} Tutup tanda kutipnya di akhir teks sel, atau hapus tanda kutip itu. Ganti baris di dalam sel (Alt+Enter di Excel) tetap boleh.`;
}
