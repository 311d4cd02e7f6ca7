/**
 * data/celah.yml: what the search of public sources found but the portal does not publish (with why),
 * and what it looked for and did not find (with the publication that would answer it). Both are shown
 * on /data/celah/, so a reader sees the gaps and the figures left out, never a silent absence.
 *
 *   tidak_dimuat:   [{ data: { id: 'IPM', en: 'HDI' }, wilayah: '19.02', tahun: '2023', nilai: '74,49',
 *                      penerbit: 'salinan Wikipedia', url: 'https://…', alasan: { id: 'Sumber sekunder…', en: … } }]
 *   belum_ditemukan: [{ data: { … }, wilayah: ['19.02'], terbitan: { id: 'Kabupaten Belitung Dalam Angka (BPS)', en: … } }]
 */
import { z } from 'zod';
import { Bilingual } from './catalog.ts';

const LeftOut = z
  .object({
    data: Bilingual,
    /** Region code (data/wilayah.csv) the figure is for. */
    wilayah: z.string().min(1),
    /** The year(s) as the source gives them, or "tidak disebut". */
    tahun: z.string().min(1),
    /** The figure as printed, in the source's own words and digits. */
    nilai: z.string().min(1),
    penerbit: z.string().min(1),
    url: z.string().url(),
    alasan: Bilingual,
  })
  .strict();

const NotFound = z
  .object({
    data: Bilingual,
    wilayah: z.array(z.string().min(1)).min(1),
    /** The publication or data holder that would answer it. */
    terbitan: Bilingual,
  })
  .strict();

export const PublicGapsSchema = z
  .object({
    /** Where the search is recorded and when it was made. */
    pemeriksaan: Bilingual,
    tidak_dimuat: z.array(LeftOut),
    belum_ditemukan: z.array(NotFound),
  })
  .strict();
export type PublicGaps = z.infer<typeof PublicGapsSchema>;
