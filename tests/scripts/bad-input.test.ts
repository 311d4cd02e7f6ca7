/**
 * The bad-input corpus: every kind of malformed input the build reports, each a fixture under
 * tests/fixtures/bad/ with its exact messages pinned. The fixture replaces one file of the invented
 * minimal data set (or adds one); the build must fail with exactly these lines and write nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, run, tempRoot } from '../helpers.ts';

const BAD = join(FIXTURES, 'bad');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const cases: Array<{ fixture: string; target: string; expected: string[] }> = [
  {
    fixture: 'bukti-indikator-tidak-dikenal.csv',
    target: 'kla/bukti.csv',
    expected: [
      'data/kla/bukti.csv:2:indikator  "kla-25"  indikator-bukti  Indikator KLA "kla-25" tidak dikenal. Pakai id dari berkas modelnya (kla-01 sampai kla-24).',
    ],
  },
  {
    fixture: 'bukti-status-salah.csv',
    target: 'kla/bukti.csv',
    expected: [
      'data/kla/bukti.csv:2:status  "lengkap"  status-bukti  Status harus kosong (belum diisi) atau salah satu dari: tersedia, sebagian, belum.',
    ],
  },
  {
    fixture: 'bukti-tahun-di-luar-rentang.csv',
    target: 'kla/bukti.csv',
    expected: ['data/kla/bukti.csv:2:tahun  "1990"  tahun  Tahun harus empat angka dalam rentang 2000–2035.'],
  },
  {
    fixture: 'bukti-nik.csv',
    target: 'kla/bukti.csv',
    expected: [
      'data/kla/bukti.csv:2:catatan  "(disembunyikan)"  data-pribadi  Sel ini tampaknya memuat data pribadi anak (nomor 16 angka seperti NIK). Jangan salin isi dokumen ke sini: tulis judul dokumen dan tempat arsipnya saja, lalu hapus data pribadinya.',
    ],
  },
  {
    fixture: 'bukti-nama-tanggal-lahir.csv',
    target: 'kla/bukti.csv',
    expected: [
      'data/kla/bukti.csv:2:judul_dokumen  "(disembunyikan)"  data-pribadi  Sel ini tampaknya memuat data pribadi anak (nama dengan tanggal lahir). Jangan salin isi dokumen ke sini: tulis judul dokumen dan tempat arsipnya saja, lalu hapus data pribadinya.',
    ],
  },
  {
    fixture: 'bukti-ganda.csv',
    target: 'kla/bukti.csv',
    expected: [
      'data/kla/bukti.csv:3:indikator  "kla-04"  kunci-ganda  Indikator kla-04 tahun 2025 sudah ada di baris 2. Satukan kedua baris (beberapa dokumen boleh ditulis dalam satu sel, dipisah titik koma).',
    ],
  },
  {
    fixture: 'status-tidak-dikenal.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:status  "rahasia"  status  Status harus kosong atau salah satu dari: belum_tersedia, disembunyikan, diperdebatkan, sementara, digantikan.',
    ],
  },
  {
    fixture: 'jenis-salah.csv',
    target: 'values/angka-uji.csv',
    expected: ['data/values/angka-uji.csv:2:jenis  "realisasi2"  jenis  Jenis harus "realisasi" atau "target".'],
  },
  {
    fixture: 'jenis-kelamin-salah.csv',
    target: 'values/angka-uji.csv',
    expected: ['data/values/angka-uji.csv:2:jenis_kelamin  "X"  jenis-kelamin  Jenis kelamin harus L, P, atau kosong (semua).'],
  },
  {
    fixture: 'disagregasi-tidak-boleh.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:kelompok_umur  "0-17"  disagregasi  Indikator angka-uji tidak dirinci menurut kelompok umur. Kosongkan sel ini.',
    ],
  },
  {
    fixture: 'kategori-tidak-dikenal.csv',
    target: 'values/kasus-uji.csv',
    expected: ['data/values/kasus-uji.csv:2:kategori  "remaja"  kategori  Kategori tidak dikenal. Pilihan: perempuan, anak.'],
  },
  {
    fixture: 'bukan-bilangan-bulat.csv',
    target: 'values/kasus-uji.csv',
    expected: ['data/values/kasus-uji.csv:2:nilai  "2,5"  bilangan-bulat  Jumlah harus bilangan bulat (tanpa pecahan).'],
  },
  {
    fixture: 'belum-tersedia-bernilai.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:status  "belum_tersedia"  status  Status belum_tersedia tetapi nilai terisi. Kosongkan nilainya atau hapus statusnya.',
    ],
  },
  {
    fixture: 'tahun-bukan-angka.csv',
    target: 'values/angka-uji.csv',
    expected: ['data/values/angka-uji.csv:2:tahun  "2O22"  tahun  Tahun harus empat angka, mis. 2024.'],
  },
  {
    fixture: 'kelompok-umur-salah.csv',
    target: 'values/penduduk-uji.csv',
    expected: [
      'data/values/penduduk-uji.csv:2:kelompok_umur  "0 sampai 17"  kelompok-umur  Kelompok umur ditulis seperti 0-17, 13-17 atau 60+, atau kosong (semua umur).',
    ],
  },
  {
    fixture: 'tingkat-wilayah-tidak-berlaku.csv',
    target: 'values/tingkat-uji.csv',
    expected: [
      'data/values/tingkat-uji.csv:2:kode_wilayah  "19.02.01"  level-wilayah  Indikator tingkat-uji hanya untuk tingkat kabupaten; Kecamatan Satu adalah kecamatan.',
    ],
  },
  {
    fixture: 'peringkat-tanpa-skema.csv',
    target: 'values/tingkat-uji.csv',
    expected: [
      'data/values/tingkat-uji.csv:2:nilai  "Pratama"  peringkat  Tidak ada skema peringkat kla untuk tahun 2005 (data/indicators.yml, bagian skema).',
    ],
  },
  {
    fixture: 'kekerasan-rincian-tidak-cocok.csv',
    target: 'kekerasan/ekspor.csv',
    expected: [
      'data/kekerasan/ekspor.csv:2:jumlah  "20"  jumlah-rincian  Total 20 tidak sama dengan jumlah rinciannya (22). Periksa baris rincian untuk tahun 2024, wilayah 19.02.',
    ],
  },
  {
    fixture: 'kekerasan-jenis-tidak-dikenal.csv',
    target: 'kekerasan/ekspor.csv',
    expected: [
      'data/kekerasan/ekspor.csv:2:jenis_kekerasan  "perundungan"  kategori  Jenis kekerasan harus kosong (semua) atau salah satu dari: fisik, psikis, seksual, eksploitasi, tppo, penelantaran, lainnya.',
    ],
  },
  {
    fixture: 'kekerasan-kolom-alamat.csv',
    target: 'kekerasan/ekspor.csv',
    expected: [
      'data/kekerasan/ekspor.csv:1:alamat  -  identitas  Kolom "alamat" dapat mengenali korban dan tidak boleh ada di data kekerasan. Hapus kolom ini dari berkas (dan dari riwayat git): data kekerasan hanya boleh berupa jumlah agregat.',
    ],
  },
  {
    fixture: 'wilayah-kode-ganda.csv',
    target: 'wilayah.csv',
    expected: ['data/wilayah.csv:6:kode  "19.02.01"  kunci-ganda  Kode wilayah muncul dua kali. Hapus salah satu baris.'],
  },
  {
    fixture: 'wilayah-induk-sesudah-anak.csv',
    target: 'wilayah.csv',
    expected: [
      'data/wilayah.csv:5:kode_induk  "19.02.01"  kode-wilayah  Kode induk belum ada di baris sebelumnya. Tulis wilayah induk di atas wilayah anaknya.',
    ],
  },
  {
    fixture: 'wilayah-tingkat-dan-titik-salah.csv',
    target: 'wilayah.csv',
    expected: [
      'data/wilayah.csv:6:tingkat  "dusun"  wilayah  Tingkat harus salah satu dari: nasional, provinsi, kabupaten, kota, kecamatan, desa, kelurahan.',
      'data/wilayah.csv:9:lat  "-2"  wilayah  Lintang berupa angka desimal dengan titik, mis. -2.742575.',
      'data/wilayah.csv:9:lon  "72"  wilayah  Bujur berupa angka desimal dengan titik, mis. 107.635902.',
    ],
  },
  {
    fixture: 'config-ambang-terlalu-kecil.yml',
    target: 'config.yml',
    expected: ['data/config.yml:14:kekerasan.ambang  "1"  skema  Paling kecil 2.'],
  },
  {
    fixture: 'config-kode-tidak-ada.yml',
    target: 'config.yml',
    expected: [
      'data/config.yml::wilayah  "19.09"  kode-wilayah  Kode 19.09 dari konfigurasi tidak ada di data/wilayah.csv. Buat ulang dengan `npm run wilayah -- --kode 19.09`.',
    ],
  },
  {
    fixture: 'sumber-tanpa-judul.yml',
    target: 'sources.yml',
    expected: ['data/sources.yml:2:fiktif-uji  -  skema  sumber tanpa `induk` harus punya `judul` dan `penerbit`.'],
  },
  {
    fixture: 'sumber-induk-tidak-ada.yml',
    target: 'sources.yml',
    expected: ['data/sources.yml::fiktif-bagian.induk  "tidak-ada"  sumber  Sumber induk tidak ada di data/sources.yml.'],
  },
  {
    fixture: 'indikator-id-ganda.yml',
    target: 'indicators.yml',
    expected: [
      'data/indicators.yml::indikator.2.id  "angka-uji"  kunci-ganda  Id indikator dipakai dua kali. Setiap indikator butuh id sendiri.',
      'data/indicators.yml::indikator.3.turunan  "penduduk-uji"  indikator  Indikator "penduduk-uji" yang dirujuk tidak ada di katalog.',
    ],
  },
  {
    fixture: 'indikator-ordinal-tanpa-skema.yml',
    target: 'indicators.yml',
    expected: [
      'data/indicators.yml:94:indikator.4  -  skema  indikator ordinal/kategori wajib punya `skema`; indikator angka/jumlah tidak boleh.',
    ],
  },
  {
    fixture: 'indikator-yaml-rusak.yml',
    target: 'indicators.yml',
    expected: [
      'data/indicators.yml:46  -  yaml  YAML tidak sah: All mapping items must start at the same column at line 46, column 1:. Periksa indentasi dan tanda kutip di sekitar baris ini.',
    ],
  },
  {
    fixture: 'berkas-tanpa-indikator.csv',
    target: 'values/tidak-ada-di-katalog.csv',
    expected: [
      'data/values/tidak-ada-di-katalog.csv  -  indikator  Tidak ada indikator "tidak-ada-di-katalog" di data/indicators.yml. Tambahkan entrinya, atau samakan nama berkas dengan id indikator.',
    ],
  },
  {
    fixture: 'kode-wilayah-tidak-dikenal.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:3:kode_wilayah  "19.99"  kode-wilayah  Kode wilayah tidak dikenal. Pakai kode dari data/wilayah.csv, mis. 19.02 (kabupaten) atau 19.02.01.2001 (desa).',
    ],
  },
  {
    fixture: 'kode-dirusak-excel.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:kode_wilayah  "19.2"  kode-wilayah  Kode wilayah tidak dikenal. Pakai kode dari data/wilayah.csv, mis. 19.02 (kabupaten) atau 19.02.01.2001 (desa). Excel mungkin membuang angka 0 di belakang titik: format kolom sebagai Teks.',
    ],
  },
  {
    fixture: 'kunci-ganda.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:3:kode_wilayah  "19.02 2022 realisasi"  kunci-ganda  Nilai yang sama (wilayah, tahun, rincian, seri, jenis) sudah ada di baris 2. Hapus salah satunya; bila dua sumber berbeda mencetak angka yang sama dari seri yang sama, tulis diperdebatkan di kolom status kedua baris; bila metode, sistem pencatatan atau periode surveinya berbeda, isi kolom seri.',
    ],
  },
  {
    fixture: 'seri-tidak-dikenal.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:3:seri  "metode-baru"  seri  Indikator angka-uji hanya punya satu seri. Kosongkan sel ini, atau tambahkan daftar `seri` pada indikator di data/indicators.yml.',
    ],
  },
  {
    fixture: 'tahun-di-luar-rentang.csv',
    target: 'values/angka-uji.csv',
    expected: ['data/values/angka-uji.csv:2:tahun  "1999"  tahun  Tahun di luar rentang 2000–2035 (data/config.yml). Periksa salah ketik.'],
  },
  {
    fixture: 'jumlah-negatif.csv',
    target: 'values/kasus-uji.csv',
    expected: ['data/values/kasus-uji.csv:2:nilai  "-3"  jumlah-negatif  Jumlah tidak boleh negatif. Periksa tanda minus.'],
  },
  {
    fixture: 'peringkat-tidak-sah.csv',
    target: 'values/tingkat-uji.csv',
    expected: [
      'data/values/tingkat-uji.csv:2:nilai  "Utama"  peringkat  "Utama" bukan peringkat yang sah pada tahun 2022. Pilihan: Pratama, Madya.',
    ],
  },
  {
    fixture: 'nilai-di-luar-rentang.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:nilai  "2153,42"  rentang  Nilai di luar rentang -10–2.000 indikator angka-uji (data/indicators.yml, rentang). Periksa salah ketik, tanda minus, dan pemisah desimal (koma, bukan titik).',
      'data/values/angka-uji.csv:3:nilai  "-15"  rentang  Nilai di luar rentang -10–2.000 indikator angka-uji (data/indicators.yml, rentang). Periksa salah ketik, tanda minus, dan pemisah desimal (koma, bukan titik).',
      'data/values/angka-uji.csv:4:nilai  "2500"  rentang  Nilai di luar rentang -10–2.000 indikator angka-uji (data/indicators.yml, rentang). Periksa salah ketik, tanda minus, dan pemisah desimal (koma, bukan titik).',
    ],
  },
  {
    fixture: 'desimal-campur.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:3:nilai  "0.379"  pemisah-desimal  Berkas ini mencampur koma desimal (baris 2: "0,499") dan titik desimal (baris 3: "0.379"), mungkin dari Excel berbahasa Inggris. Pakai koma desimal di seluruh berkas, mis. 0,379.',
    ],
  },
  {
    fixture: 'kutip-tanpa-penutup.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:3:catatan  -  tanda-kutip  Tanda kutip (") dibuka di sel ini (baris teks 3) dan tidak pernah ditutup, sehingga sisa berkas terbaca sebagai isi sel ini. Baris teks 4 dan sesudahnya, yang berbentuk baris data, ikut tertelan ke dalam sel ini. Tutup tanda kutipnya di akhir teks sel, atau hapus tanda kutip itu.',
    ],
  },
  {
    fixture: 'kutip-menelan-baris.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:catatan  -  tanda-kutip  Tanda kutip (") dibuka di sel ini (baris teks 2) dan baru ditutup di baris teks 4. Baris teks 3 dan sesudahnya, yang berbentuk baris data, ikut tertelan ke dalam sel ini. Tutup tanda kutipnya di akhir teks sel, atau hapus tanda kutip itu. Ganti baris di dalam sel (Alt+Enter di Excel) tetap boleh.',
    ],
  },
  {
    fixture: 'teks-di-kolom-angka.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:nilai  "lima puluh"  angka  Bukan angka. Tulis angka seperti 53,02 atau 91.366; untuk data yang tidak ada, kosongkan nilai dan tulis belum_tersedia di kolom status.',
    ],
  },
  {
    fixture: 'kolom-hilang.csv',
    target: 'values/angka-uji.csv',
    expected: ['data/values/angka-uji.csv:1:sumber  -  kolom-hilang  Kolom wajib "sumber" tidak ada. Tambahkan kolom itu di baris judul.'],
  },
  {
    fixture: 'kolom-asing.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:1:keterangan  -  kolom-asing  Kolom "keterangan" tidak dikenal. Kolom yang boleh: kode_wilayah, tahun, jenis, nilai, sumber, jenis_kelamin, kelompok_umur, kategori, seri, status, lokasi, catatan, capaian_sumber.',
    ],
  },
  {
    fixture: 'kolom-ganda.csv',
    target: 'values/angka-uji.csv',
    expected: ['data/values/angka-uji.csv:1:tahun  -  kolom-ganda  Kolom "tahun" muncul dua kali (kolom 2 dan 6). Hapus salah satunya.'],
  },
  {
    fixture: 'sumber-tidak-dikenal.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:sumber  "renstra-tidak-ada"  sumber  Sumber tidak ada di data/sources.yml. Tambahkan sumbernya di sana lebih dulu, atau perbaiki ejaannya.',
    ],
  },
  {
    fixture: 'berkas-kosong.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv  -  berkas-kosong  Berkas kosong. Isi baris judul kolom dan paling sedikit satu baris data, atau hapus berkasnya.',
    ],
  },
  {
    fixture: 'kekerasan-tingkat-desa.csv',
    target: 'values/kasus-uji.csv',
    expected: [
      'data/values/kasus-uji.csv:2:kode_wilayah  "19.02.01.2001"  level-wilayah  Data kekerasan tidak boleh di tingkat desa/kelurahan: angka sekecil itu dapat mengenali korban. Jumlahkan ke tingkat kecamatan atau kabupaten.',
    ],
  },
  {
    fixture: 'koma-desimal-berpemisah-koma.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:#6  "fiktif-uji"  jumlah-sel  Baris ini punya 6 sel, judul kolom hanya 5. Biasanya karena koma desimal di berkas berpemisah koma: simpan sebagai CSV berpemisah titik koma (;) atau beri tanda kutip pada angka.',
    ],
  },
  {
    fixture: 'nilai-kosong.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv:2:nilai  ""  nilai-kosong  Nilai kosong. Isi nilainya, atau tulis belum_tersedia di kolom status. Jangan menulis 0 untuk data yang tidak ada.',
    ],
  },
  {
    fixture: 'bukan-utf8.csv',
    target: 'values/angka-uji.csv',
    expected: [
      'data/values/angka-uji.csv  -  utf8  Berkas bukan UTF-8 (mungkin disimpan sebagai "CSV" biasa dari Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited)".',
    ],
  },
];

describe('each kind of bad input fails the build with its pinned message', () => {
  it.each(cases)('$fixture', async ({ fixture, target, expected }) => {
    const tmp = tempRoot();
    cleanup = tmp.cleanup;
    mkdirSync(join(tmp.data, 'kekerasan'), { recursive: true });
    copyFileSync(join(BAD, fixture), join(tmp.data, target));
    const result = await run(tmp.root, tmp.data);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(expected);
    expect(existsSync(join(tmp.root, 'src', 'generated'))).toBe(false);
  });

  it('has at least 30 distinct cases, a fixture file for every case and a case for every fixture file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(readdirSync(BAD).sort()).toEqual(cases.map((c) => c.fixture).sort());
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
