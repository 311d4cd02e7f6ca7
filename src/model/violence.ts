/**
 * Aggregate violence data as both sides know it: the domains of each split, the cells of the cube the
 * disclosure control works on, and the published file src/generated/kekerasan.json.
 *
 *   { kode: '19.02.05', tahun: 2024, jenis: 'seksual', jk: 'P', ku: '13-17', tempat: '', hubungan: '',
 *     kelompok: '', jumlah: 3, sumber: 'simfoni-2024', status: 'disembunyikan', alasan: 'primer' }
 */
export const VIOLENCE_TYPES = ['fisik', 'psikis', 'seksual', 'eksploitasi', 'tppo', 'penelantaran', 'lainnya'] as const;
export const VICTIM_AGES = ['0-5', '6-12', '13-17', '18-24', '25-44', '45-59', '60+'] as const;
export const CHILD_AGES: readonly string[] = ['0-5', '6-12', '13-17'];
export const ADULT_AGES: readonly string[] = ['18-24', '25-44', '45-59', '60+'];
export const PLACES = ['rumah_tangga', 'tempat_kerja', 'sekolah', 'fasilitas_umum', 'lembaga_pendidikan_kilat', 'lainnya'] as const;
export const RELATIONS = [
  'orang_tua',
  'keluarga',
  'suami_istri',
  'pacar_teman',
  'guru',
  'majikan',
  'rekan_kerja',
  'tetangga',
  'lainnya',
] as const;

/** The splits of a violence count: type, victim's sex, victim's age group, place, relation to the perpetrator. */
export const DIMENSIONS = ['jenis', 'jk', 'ku', 'tempat', 'hubungan'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DOMAINS: Record<Dimension, readonly string[]> = {
  jenis: VIOLENCE_TYPES,
  jk: ['L', 'P'],
  ku: VICTIM_AGES,
  tempat: PLACES,
  hubungan: RELATIONS,
};

/**
 * '' for an input cell; 'perempuan' (adult women) or 'anak' (children) for a sum the portal publishes;
 * 'laki_dewasa' (adult men) for the rest of a total, which a reader can work out as total − anak −
 * perempuan: the disclosure control models and protects it, and the portal never shows it on its own.
 */
export type Group = '' | 'perempuan' | 'anak' | 'laki_dewasa';

/**
 * What stands in place of every hidden count in every page and download: the same word for a count of
 * 1 to threshold − 1 and for a count hidden to protect one, so the label says nothing about which is
 * which and never states something false (a hidden 31 is not "<10").
 */
export const HIDDEN_LABEL = 'disembunyikan';

/** The rule behind the label, in the words the downloads carry (Indonesian first, English second). */
export function hiddenRule(threshold: number): { id: string; en: string } {
  const max = threshold - 1;
  return {
    id: `Sel bertanda "${HIDDEN_LABEL}" berisi 1 sampai ${max} kasus, atau disembunyikan untuk melindungi sel lain yang berisi 1 sampai ${max}; label yang sama dipakai untuk keduanya. Rincian di bawah sel yang disembunyikan tidak dicantumkan.`,
    en: `A cell marked "${HIDDEN_LABEL}" (hidden) holds 1 to ${max} cases, or was hidden to protect one that does; both carry the same label. The breakdown beneath a hidden cell is not listed.`,
  };
}

export interface CubeCell {
  kode: string;
  tahun: number;
  jenis: string;
  jk: string;
  ku: string;
  tempat: string;
  hubungan: string;
  kelompok: Group;
  jumlah: number;
  sumber: string;
  status: '' | 'disembunyikan';
  alasan: '' | 'primer' | 'sekunder';
}

/** The columns of src/generated/kekerasan.json and of the download kekerasan-agregat.csv, in order. */
export const VIOLENCE_COLUMNS = [
  'kode_wilayah',
  'tahun',
  'jenis_kekerasan',
  'jenis_kelamin_korban',
  'kelompok_umur_korban',
  'tempat_kejadian',
  'hubungan_pelaku',
  'kelompok',
  'jumlah',
  'status',
  'sumber',
] as const;

/** src/generated/kekerasan.json: one array per published cell in VIOLENCE_COLUMNS order; a hidden count is null. */
export interface ViolenceFile {
  ambang: number;
  kolom: string[];
  sel: Array<[string, number, string, string, string, string, string, string, number | null, string, string]>;
  disembunyikan: { primer: number; sekunder: number; pemecahan?: number };
}
