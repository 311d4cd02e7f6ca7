/**
 * Every kind of bad input the validator reports, each with a fixture under tests/fixtures/errors/ and
 * its exact message pinned. The fixture replaces one file of the invented minimal data set.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, run, tempRoot } from '../helpers.ts';

const ERR = join(FIXTURES, 'errors');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const cases: Array<{ fixture: string; target: string; expected: string[] }> = [
  {
    fixture: 'kode-wilayah-tidak-dikenal.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:3:kode_wilayah  "19.99"  kode-wilayah  Kode wilayah tidak dikenal. Pakai kode dari data/wilayah.csv, mis. 19.02 (kabupaten) atau 19.02.05.2001 (desa).'],
  },
  {
    fixture: 'kode-dirusak-excel.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:2:kode_wilayah  "19.2"  kode-wilayah  Kode wilayah tidak dikenal. Pakai kode dari data/wilayah.csv, mis. 19.02 (kabupaten) atau 19.02.05.2001 (desa). Excel mungkin membuang angka 0 di belakang titik: format kolom sebagai Teks.'],
  },
  {
    fixture: 'kunci-ganda.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:3:kode_wilayah  "19.02 2022 realisasi"  kunci-ganda  Nilai yang sama (wilayah, tahun, rincian, jenis) sudah ada di baris 2. Hapus salah satunya; bila dua sumber berbeda, tulis diperdebatkan di kolom status kedua baris.'],
  },
  {
    fixture: 'tahun-di-luar-rentang.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:2:tahun  "1999"  tahun  Tahun di luar rentang 2000–2035 (data/config.yml). Periksa salah ketik.'],
  },
  {
    fixture: 'jumlah-negatif.csv',
    target: 'kasus-uji',
    expected: ['data/values/kasus-uji.csv:2:nilai  "-3"  jumlah-negatif  Jumlah tidak boleh negatif. Periksa tanda minus.'],
  },
  {
    fixture: 'tingkat-tidak-sah.csv',
    target: 'tingkat-uji',
    expected: ['data/values/tingkat-uji.csv:2:nilai  "Utama"  tingkat  "Utama" bukan tingkat yang sah pada tahun 2022. Pilihan: Pratama, Madya.'],
  },
  {
    fixture: 'teks-di-kolom-angka.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:2:nilai  "lima puluh"  angka  Bukan angka. Tulis angka seperti 53,02 atau 91.366; untuk data yang tidak ada, kosongkan nilai dan tulis belum_tersedia di kolom status.'],
  },
  {
    fixture: 'kolom-hilang.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:1:sumber  -  kolom-hilang  Kolom wajib "sumber" tidak ada. Tambahkan kolom itu di baris judul.'],
  },
  {
    fixture: 'kolom-asing.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:1:keterangan  -  kolom-asing  Kolom "keterangan" tidak dikenal. Kolom yang boleh: kode_wilayah, tahun, jenis, nilai, sumber, jenis_kelamin, kelompok_umur, kategori, status, lokasi, catatan.'],
  },
  {
    fixture: 'kolom-ganda.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:1:tahun  -  kolom-ganda  Kolom "tahun" muncul dua kali (kolom 2 dan 6). Hapus salah satunya.'],
  },
  {
    fixture: 'sumber-tidak-dikenal.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:2:sumber  "renstra-tidak-ada"  sumber  Sumber tidak ada di data/sources.yml. Tambahkan sumbernya di sana lebih dulu, atau perbaiki ejaannya.'],
  },
  {
    fixture: 'berkas-kosong.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv  -  berkas-kosong  Berkas kosong. Isi baris judul kolom dan paling sedikit satu baris data, atau hapus berkasnya.'],
  },
  {
    fixture: 'kekerasan-tingkat-desa.csv',
    target: 'kasus-uji',
    expected: ['data/values/kasus-uji.csv:2:kode_wilayah  "19.02.01.2001"  level-wilayah  Data kekerasan tidak boleh di tingkat desa/kelurahan: angka sekecil itu dapat mengenali korban. Jumlahkan ke tingkat kecamatan atau kabupaten.'],
  },
  {
    fixture: 'koma-desimal-berpemisah-koma.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:2:#6  "fiktif-uji"  jumlah-sel  Baris ini punya 6 sel, judul kolom hanya 5. Biasanya karena koma desimal di berkas berpemisah koma: simpan sebagai CSV berpemisah titik koma (;) atau beri tanda kutip pada angka.'],
  },
  {
    fixture: 'nilai-kosong.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv:2:nilai  ""  nilai-kosong  Nilai kosong. Isi nilainya, atau tulis belum_tersedia di kolom status. Jangan menulis 0 untuk data yang tidak ada.'],
  },
  {
    fixture: 'bukan-utf8.csv',
    target: 'angka-uji',
    expected: ['data/values/angka-uji.csv  -  utf8  Berkas bukan UTF-8 (mungkin disimpan sebagai "CSV" biasa dari Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited)".'],
  },
];

describe('each kind of bad input fails the build with its pinned message', () => {
  it.each(cases)('$fixture', async ({ fixture, target, expected }) => {
    const tmp = tempRoot();
    cleanup = tmp.cleanup;
    copyFileSync(join(ERR, fixture), join(tmp.data, 'values', `${target}.csv`));
    const result = await run(tmp.root, tmp.data);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(expected);
    expect(existsSync(join(tmp.root, 'src', 'generated'))).toBe(false);
  });

  it('has a fixture file for every case and a case for every fixture file', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(ERR).sort()).toEqual(cases.map((c) => c.fixture).sort());
  });
});

describe('the minimal invented data set', () => {
  it('builds without a problem, so every failure above comes from its fixture alone', async () => {
    const tmp = tempRoot();
    cleanup = tmp.cleanup;
    const result = await run(tmp.root, tmp.data);
    expect(result.lines).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
