<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AboutBox</name>
    <message>
        <source>Pengaduan Desktop versi {version}</source>
        <translation>Pengaduan Desktop version {version}</translation>
    </message>
    <message>
        <source>Pengelolaan Pengaduan Pelayanan Publik</source>
        <translation>Public service complaint management</translation>
    </message>
    <message>
        <source>Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat</source>
        <translation>Badan Keuangan dan Aset Daerah (Finance and Regional Assets Agency), West Kalimantan Province</translation>
    </message>
    <message>
        <source>Basis data: belum terhubung</source>
        <translation>Database: not connected yet</translation>
    </message>
    <message>
        <source>(belum disiapkan)</source>
        <translation>(not set up yet)</translation>
    </message>
    <message>
        <source>Revisi skema basis data: {revision} (program ini sampai revisi {newest})</source>
        <translation>Database schema revision: {revision} (this program knows up to revision {newest})</translation>
    </message>
    <message>
        <source>Basis data: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Tentang Pengaduan Desktop</source>
        <translation>About Pengaduan Desktop</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Bulan sebelumnya</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Bulan berikutnya</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Pilih bulan</source>
        <translation>Choose month</translation>
    </message>
    <message>
        <source>Pilih tahun</source>
        <translation>Choose year</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tab halaman</source>
        <translation>Page tabs</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name}. Sampaikan kepadanya secara langsung; jeda karena salah kata sandi ikut dihapus.</source>
        <translation>New password for {name}. Give it to them in person; any pause for wrong passwords is cleared too.</translation>
    </message>
    <message>
        <source>Ubah akun</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Akun {name}: nama pengguna untuk masuk, dan kata sandi (kosongkan bila tidak diganti).</source>
        <translation>Account of {name}: the username for signing in, and the password (leave it empty to keep the current one).</translation>
    </message>
    <message>
        <source>Akun {name}: nama pengguna untuk masuk, dan kata sandi.</source>
        <translation>Account of {name}: the username for signing in, and the password.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Cari subjek atau rincian…</source>
        <translation>Search subject or details…</translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Periksa keutuhan</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tidak ada entri yang cocok</source>
        <translation>No matching entries</translation>
    </message>
    <message>
        <source>Entri {first}–{last} dari {total} (terbaru dahulu)</source>
        <translation>Entries {first}–{last} of {total} (newest first)</translation>
    </message>
    <message>
        <source>Memeriksa rantai hash…</source>
        <translation>Checking the hash chain…</translation>
    </message>
    <message>
        <source>Jejak audit utuh: {count} entri. Hash terakhir: {hash}</source>
        <translation>Audit trail intact: {count} entries. Last hash: {hash}</translation>
    </message>
    <message>
        <source>Jejak audit TIDAK utuh: {n} masalah.</source>
        <translation>Audit trail NOT intact: {n} problem(s).</translation>
    </message>
    <message>
        <source>
… dan {more} lainnya (pengaduan audit verify)</source>
        <translation>
… and {more} more (pengaduan audit verify)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>{count} entri diekspor ke {path}</source>
        <translation>{count} entries exported to {path}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>hash {hash}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Hanya administrator yang dapat memulihkan cadangan {path}.</source>
        <translation>Only an administrator can restore the backup {path}.</translation>
    </message>
    <message>
        <source>Cadangan harian dibuat: {path}</source>
        <translation>Daily backup made: {path}</translation>
    </message>
    <message>
        <source>Cadangan harian gagal dibuat: {reason}</source>
        <translation>The daily backup could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Tanggal dibuat</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cadangan basis data</source>
        <translation>Database backups</translation>
    </message>
    <message>
        <source>Cadangan otomatis dibuat sekali sehari saat program dibuka; disimpan 7 cadangan harian terakhir dan 4 cadangan mingguan. Folder: {folder}</source>
        <translation>An automatic backup is made once a day when the program opens; the last 7 daily and 4 weekly backups are kept. Folder: {folder}</translation>
    </message>
    <message>
        <source>&amp;Buat cadangan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Pulihkan dari &amp;berkas lain…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>There are no backups in this folder yet.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan Pengaduan (*.zip)</source>
        <translation>Pengaduan backups (*.zip)</translation>
    </message>
    <message>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Bukan cadangan</source>
        <translation>Not a backup</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Berkas yang rusak disimpan dengan nama baru {name} di folder {folder}; isinya tidak diubah. Hasil pemulihan kini menjadi basis data program, jadi saat program dibuka lagi dari ikonnya, data ini yang dibuka.</source>
        <translation>The damaged file was kept under the new name {name} in the folder {folder}; its contents were not changed. The restored data is now the program&apos;s database, so it is what opens when the program is started again from its icon.</translation>
    </message>
    <message>
        <source>Program kini memakai berkas baru {new}. Berkas lama {old} tidak diubah.

Program ini dibuka dengan pilihan --db yang menunjuk ke berkas lama. Agar lain kali berkas baru yang dibuka, minta pengelola komputer mengubah pintasan program menjadi:
--db {fresh}</source>
        <translation>The program now uses the new file {new}. The old file {old} was not changed.

The program was opened with a --db option that points to the old file. To open the new file next time, ask the computer administrator to change the program&apos;s shortcut to:
--db {fresh}</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Jadikan hari kerja</source>
        <translation>Make a working day</translation>
    </message>
    <message>
        <source>Kantor tetap bekerja pada hari libur terpilih</source>
        <translation>The office works on the selected holiday</translation>
    </message>
    <message>
        <source>Batalkan keputusan kantor</source>
        <translation>Cancel office decision</translation>
    </message>
    <message>
        <source>Peringatan kalender</source>
        <translation>Calendar warning</translation>
    </message>
    <message>
        <source>Keputusan kantor</source>
        <translation>Office decisions</translation>
    </message>
    <message>
        <source>keterangan, misalnya nomor keputusan</source>
        <translation>note, e.g. the decree number</translation>
    </message>
    <message>
        <source>Tetapkan libur kantor</source>
        <translation>Set office day off</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Simpan batas waktu</source>
        <translation>Save time limit</translation>
    </message>
    <message>
        <source>Libur kantor pada</source>
        <translation>Office day off on</translation>
    </message>
    <message>
        <source>Batas waktu tindak lanjut</source>
        <translation>Follow-up time limit</translation>
    </message>
    <message>
        <source>Memuat kalender…</source>
        <translation>Loading calendar…</translation>
    </message>
    <message>
        <source>Perhatian: </source>
        <translation>Attention: </translation>
    </message>
    <message>
        <source>Tanggal bertanda (perkiraan) belum ditetapkan pemerintah dan dapat berubah.</source>
        <translation>Dates marked (perkiraan) are estimates not yet set by the government and may change.</translation>
    </message>
    <message numerus="yes">
        <source>Kalender diperbarui: %n pengaduan terbuka mendapat batas waktu baru.</source>
        <translation>
            <numerusform>Calendar updated: %n open complaint has a new due date.</numerusform>
            <numerusform>Calendar updated: %n open complaints have a new due date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>Nomor pengaduan, NIK, nomor telepon (tulisan apa pun), ID LAPOR!, atau kata dari nama, perihal dan uraian</source>
        <translation>Complaint number, NIK, phone number (any format), LAPOR! ID, or a word from the name, subject or description</translation>
    </message>
    <message>
        <source>Cari nomor, nama, NIK, telepon, ID LAPOR!…</source>
        <translation>Search number, name, NIK, phone, LAPOR! ID…</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tampilkan hanya pengaduan yang terlambat</source>
        <translation>Show only overdue complaints</translation>
    </message>
    <message>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Saring menurut kanal</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <source>Saring menurut unit tujuan</source>
        <translation>Filter by assigned unit</translation>
    </message>
    <message>
        <source>Saring menurut pejabat penanggung jawab</source>
        <translation>Filter by responsible officer</translation>
    </message>
    <message>
        <source>Saring menurut tanggal diterima</source>
        <translation>Filter by date received</translation>
    </message>
    <message>
        <source>Saring menurut keadaan batas waktu</source>
        <translation>Filter by deadline state</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Deadline state</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>CaseListTab</name>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua kanal</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Semua pejabat</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Semua periode</source>
        <translation>Any period</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Bulan lalu</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>30 hari terakhir</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Tahun lalu</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Semua keadaan</source>
        <translation>Any deadline state</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan yang cocok.
Ubah tampilan, saringan atau pencarian di atas.</source>
        <translation>No complaint matches.
Change the view, the filters or the search above.</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>{count} pengaduan</source>
        <translation>
            <numerusform>{count} complaint</numerusform>
            <numerusform>{count} complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ {count} pengaduan</source>
        <translation>
            <numerusform>≈ {count} complaint</numerusform>
            <numerusform>≈ {count} complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} pengaduan terlambat</source>
        <translation>
            <numerusform>{count} complaint overdue</numerusform>
            <numerusform>{count} complaints overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} jatuh tempo hari ini atau besok</source>
        <translation>
            <numerusform>{count} due today or tomorrow</numerusform>
            <numerusform>{count} due today or tomorrow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Layanan BKAD yang dapat diadukan, dalam urutan yang ditawarkan di meja penerimaan.</source>
        <translation>BKAD services a complaint can be about, in the order offered at the intake desk.</translation>
    </message>
    <message>
        <source>Kategori pengaduan untuk laporan bulanan.</source>
        <translation>Complaint categories for the monthly report.</translation>
    </message>
    <message>
        <source>Pengaduan lama tetap memuat nama seperti saat dicatat, walaupun namanya diubah atau dinonaktifkan.</source>
        <translation>Earlier complaints keep the name as it was when they were recorded, even if it is renamed or deactivated.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aktif (ditawarkan di meja penerimaan)</source>
        <translation>Active (offered at the intake desk)</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>&lt;b&gt;Diubah di meja lain.&lt;/b&gt; Status dan tindakan sudah mengikuti perubahan itu; isian Data pengaduan Anda belum disimpan dan tetap di sini. Tekan Muat ulang untuk data terbaru (teks tindakan tetap, isian Data pengaduan diganti).</source>
        <translation>&lt;b&gt;Changed at another desk.&lt;/b&gt; The status and actions already follow that change; your entries in Data pengaduan are not saved yet and stay here. Press Reload for the latest data (the action text stays, the Data pengaduan entries are replaced).</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>ChatCopyDialog</name>
    <message>
        <source>Kirim pesan {via} secara manual</source>
        <translation>Send the {via} message by hand</translation>
    </message>
    <message>
        <source>Peramban atau aplikasi pesan tidak dapat dibuka di komputer ini. Salin tautan atau teks pesan di bawah ini, kirim dari ponsel atau WhatsApp Web ke nomor {phone}, lalu tekan «Ya, sudah terkirim».</source>
        <translation>No browser or messaging app could be opened on this computer. Copy the link or the message text below, send it from a phone or WhatsApp Web to {phone}, then press «Yes, it was sent».</translation>
    </message>
    <message>
        <source>Nomor tujuan:</source>
        <translation>To number:</translation>
    </message>
    <message>
        <source>Tautan:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Teks pesan:</source>
        <translation>Message text:</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Ya, sudah terkirim</source>
        <translation>Yes, it was sent</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{what} disalin.</source>
        <translation>{what} copied.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Pengaduan sudah diverifikasi.</source>
        <translation>The complaint has been verified.</translation>
    </message>
    <message>
        <source>Pengaduan sudah didisposisikan ke {unit}.</source>
        <translation>The complaint has been referred to {unit}.</translation>
    </message>
    <message>
        <source>Tindak lanjut sudah dicatat.</source>
        <translation>The follow-up has been recorded.</translation>
    </message>
    <message>
        <source>Catatan internal sudah disimpan.</source>
        <translation>The internal note has been saved.</translation>
    </message>
    <message>
        <source>Tanggapan kepada pengadu sudah dicatat.</source>
        <translation>The reply to the complainant has been recorded.</translation>
    </message>
    <message>
        <source>Pengaduan sudah diselesaikan. Surat tanggapan dapat dicetak.</source>
        <translation>The complaint has been resolved. The reply letter can be printed.</translation>
    </message>
    <message>
        <source>Pengaduan sudah ditolak. Surat pemberitahuan penolakan dapat dicetak.</source>
        <translation>The complaint has been rejected. The rejection notice can be printed.</translation>
    </message>
    <message>
        <source>Pengaduan sudah dibuka kembali.</source>
        <translation>The complaint has been reopened.</translation>
    </message>
    <message>
        <source>Pengaduan sudah dieskalasi ke Gubernur. Surat eskalasi dapat dicetak.</source>
        <translation>The complaint has been escalated to the Governor. The escalation letter can be printed.</translation>
    </message>
    <message>
        <source>Pengaduan ditunda; hari kerja berhenti dihitung sampai dilanjutkan.</source>
        <translation>The complaint is on hold; working days stop counting until it is resumed.</translation>
    </message>
    <message>
        <source>Pengaduan dilanjutkan; batas waktu bergeser sebanyak hari kerja yang ditunda.</source>
        <translation>The complaint is resumed; the deadline moves by the working days it was on hold.</translation>
    </message>
    <message>
        <source>Pengaduan sudah diteruskan. Surat penerusan dapat dicetak.</source>
        <translation>The complaint has been forwarded. The forwarding letter can be printed.</translation>
    </message>
    <message>
        <source>Pengaduan sudah diarsipkan.</source>
        <translation>The complaint has been archived.</translation>
    </message>
    <message>
        <source>Tolak pengaduan {number}? Pengaduan ditutup dengan alasan yang dipilih.</source>
        <translation>Reject complaint {number}? It is closed with the chosen reason.</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Selesaikan pengaduan {number}? Pengaduan ditutup dengan hasil yang ditulis.</source>
        <translation>Resolve complaint {number}? It is closed with the result written.</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Eskalasikan pengaduan {number} ke Gubernur? Surat eskalasi dapat dicetak sesudahnya.</source>
        <translation>Escalate complaint {number} to the Governor? The escalation letter can be printed afterwards.</translation>
    </message>
    <message>
        <source>Eskalasikan</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Teruskan pengaduan {number} ke instansi lain? Pengaduan ditutup di BKAD.</source>
        <translation>Forward complaint {number} to another agency? It is closed at BKAD.</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Arsipkan pengaduan {number}? Pengaduan ditutup tanpa tindak lanjut.</source>
        <translation>Archive complaint {number}? It is closed without follow-up.</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Instansi tujuan penerusan</source>
        <translation>Agency it is forwarded to</translation>
    </message>
    <message>
        <source>Yang perlu dilengkapi</source>
        <translation>What must be completed</translation>
    </message>
    <message>
        <source>Penjelasan</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Instansi tujuan *</source>
        <translation>Receiving agency *</translation>
    </message>
    <message>
        <source>Surat penerusan</source>
        <translation>Forwarding letter</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>Lampiran (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.doc *.docx *.txt);;Semua berkas (*)</source>
        <translation>Attachments (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.doc *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>— pilih unit —</source>
        <translation>— choose a unit —</translation>
    </message>
    <message>
        <source>ID LAPOR!</source>
        <translation>LAPOR! ID</translation>
    </message>
    <message>
        <source>Tiga langkah penanganan terakhir. Pencetakan dan ekspor tercatat di tab Riwayat.</source>
        <translation>The last three handling steps. Printing and exports are recorded on the History tab.</translation>
    </message>
    <message>
        <source>Terkait</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>Terkait ({n})</source>
        <translation>Related ({n})</translation>
    </message>
    <message>
        <source>Tutup pengaduan</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <source>Ada isian yang belum disimpan di halaman ini.</source>
        <translation>This page has entries that are not saved yet.</translation>
    </message>
    <message>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memuat pengaduan…</source>
        <translation>Loading the complaint…</translation>
    </message>
    <message>
        <source>batas waktu {due}</source>
        <translation>due {due}</translation>
    </message>
    <message>
        <source>Pengaduan {number}</source>
        <translation>Complaint {number}</translation>
    </message>
    <message>
        <source>Identitas pengadu dirahasiakan: hanya pejabat penanggung jawab pengaduan ini dan Pejabat Pengelola Pengaduan yang dapat melihat dan mengubahnya.</source>
        <translation>The complainant&apos;s identity is confidential: only this complaint&apos;s responsible officer and the Pejabat Pengelola Pengaduan (complaints officer) can see and change it.</translation>
    </message>
    <message>
        <source>tindakan ini tidak memerlukan keterangan</source>
        <translation>this action needs no note</translation>
    </message>
    <message>
        <source>— pilih alasan —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>Pilih alasan penolakan</source>
        <translation>Choose a reason for rejecting</translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Tindakan sudah dicatat.</source>
        <translation>The action has been recorded.</translation>
    </message>
    <message>
        <source>Pengaduan ini baru saja diubah di meja lain: tekan Muat ulang di atas (teks tindakan yang Anda ketik tetap), lalu ulangi.</source>
        <translation>This complaint was just changed at another desk: press Reload above (the action text you typed stays), then try again.</translation>
    </message>
    <message>
        <source>Belum tersimpan: isi alasan koreksi.</source>
        <translation>Not saved: fill in the reason for the correction.</translation>
    </message>
    <message>
        <source>✓ Perubahan tersimpan: {fields}.</source>
        <translation>✓ Changes saved: {fields}.</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>{letter} nomor {number} disimpan ke {path}</source>
        <translation>{letter} number {number} saved to {path}</translation>
    </message>
    <message>
        <source>{letter} dikirim ke printer.</source>
        <translation>{letter} sent to the printer.</translation>
    </message>
    <message>
        <source>Pratinjau {letter} {number}</source>
        <translation>Preview: {letter} {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n lampiran ditambahkan.</source>
        <translation>
            <numerusform>%n attachment added.</numerusform>
            <numerusform>%n attachments added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Hasil tindak lanjut</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Langkah terakhir</source>
        <translation>Latest steps</translation>
    </message>
    <message>
        <source>Tindakan berikutnya</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <comment>the one action to take</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Unit tujuan</source>
        <translation>To unit</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>isi catatan, instruksi, tanggapan, hasil atau alasan</source>
        <translation>the note, instruction, reply, result or reason</translation>
    </message>
    <message>
        <source>Simpan tindakan</source>
        <translation>Save action</translation>
    </message>
    <message>
        <source>Catat tindakan terpilih pada pengaduan ini</source>
        <translation>Record the chosen action on this complaint</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Surat tanggapan</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Surat eskalasi</source>
        <translation>Escalation letter</translation>
    </message>
    <message>
        <source>Surat pemberitahuan penolakan</source>
        <translation>Rejection notice</translation>
    </message>
    <message>
        <source>Surat penerusan ke instansi lain</source>
        <translation>Forwarding letter</translation>
    </message>
    <message>
        <source>Data pengaduan</source>
        <translation>Complaint data</translation>
    </message>
    <message>
        <source>Alasan koreksi *</source>
        <translation>Reason for correction *</translation>
    </message>
    <message>
        <source>mengapa data yang terkunci diubah, mis. salah ketik tanggal pada pencatatan</source>
        <translation>why locked data is changed, e.g. a date mistyped at intake</translation>
    </message>
    <message>
        <source>Simpan perubahan data pengaduan ini</source>
        <translation>Save the changes to this complaint&apos;s data</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Tambah lampiran…</source>
        <translation>Add attachments…</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>pilih atau ketik layanan</source>
        <translation>choose or type a service</translation>
    </message>
    <message>
        <source>pilih kategori</source>
        <translation>choose a category</translation>
    </message>
    <message>
        <source>— belum diteruskan —</source>
        <translation>— not referred yet —</translation>
    </message>
    <message>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Waktu diterima mengikuti jam dan dicatat saat disimpan. Ubah bila pengaduan diterima lebih awal (mis. surat).</source>
        <translation>The received time follows the clock and is recorded when the complaint is saved. Change it if the complaint came in earlier (e.g. a letter).</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Jenis identitas *</source>
        <translation>ID type *</translation>
    </message>
    <message>
        <source>Jenis identitas</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>Nomor identitas *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <source>Nomor identitas</source>
        <translation>ID number</translation>
    </message>
    <message numerus="yes">
        <source>Belum tersimpan: %n isian perlu diperbaiki (lihat pesan merah).</source>
        <translation>
            <numerusform>Not saved: %n field needs correcting (see the message in red).</numerusform>
            <numerusform>Not saved: %n fields need correcting (see the messages in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Diterima *</source>
        <translation>Received *</translation>
    </message>
    <message>
        <source>Kanal *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <source>Bentuk *</source>
        <translation>Form *</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>nomor surat pengadu</source>
        <translation>the complainant&apos;s letter number</translation>
    </message>
    <message>
        <source>ID Pelacakan LAPOR! *</source>
        <translation>LAPOR! tracking ID *</translation>
    </message>
    <message>
        <source>contoh: 1234567</source>
        <translation>e.g. 1234567</translation>
    </message>
    <message>
        <source>Layanan yang diadukan *</source>
        <translation>Service complained of *</translation>
    </message>
    <message>
        <source>Kategori *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <source>Perihal *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <source>ringkasan pengaduan</source>
        <translation>summary of the complaint</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>apa yang tidak sesuai standar pelayanan</source>
        <translation>what did not meet the service standard</translation>
    </message>
    <message>
        <source>Kerugian</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>kerugian yang dialami</source>
        <translation>loss suffered</translation>
    </message>
    <message>
        <source>Penyelesaian diminta</source>
        <translation>Remedy sought</translation>
    </message>
    <message>
        <source>penyelesaian yang diharapkan</source>
        <translation>the remedy the complainant expects</translation>
    </message>
    <message>
        <source>Tempat kejadian</source>
        <translation>Place of event</translation>
    </message>
    <message>
        <source>Tanggal kejadian</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <source>hh/bb/tttt, kosongkan bila tidak diketahui</source>
        <translation>dd/mm/yyyy, leave empty if unknown</translation>
    </message>
    <message>
        <source>Ketik tanggal, misalnya 20112026 atau 20-11-2026</source>
        <translation>Type the date, e.g. 20112026 or 20-11-2026</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Anonim (identitas tidak diberikan)</source>
        <translation>Anonymous (no identity given)</translation>
    </message>
    <message>
        <source>Rahasiakan identitas pengadu</source>
        <translation>Keep identity confidential</translation>
    </message>
    <message>
        <source>nama lengkap pengadu</source>
        <translation>complainant&apos;s full name</translation>
    </message>
    <message>
        <source>16 digit NIK atau nomor SIM</source>
        <translation>16-digit NIK or driving licence number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>alamat pengadu</source>
        <translation>complainant&apos;s address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>contoh: 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>nama@contoh.id</source>
        <translation>name@example.id</translation>
    </message>
    <message>
        <source>Penanganan</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Pejabat penanggung jawab</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Diteruskan ke unit</source>
        <translation>Referred to unit</translation>
    </message>
</context>
<context>
    <name>ComplaintMessages</name>
    <message>
        <source>Pesan {via}: {kind}</source>
        <translation>{via} message: {kind}</translation>
    </message>
    <message>
        <source>Kirim via WhatsApp</source>
        <translation>Send by WhatsApp</translation>
    </message>
    <message>
        <source>Kirim via SMS</source>
        <translation>Send by SMS</translation>
    </message>
    <message>
        <source>Kirim ulang email</source>
        <translation>Resend email</translation>
    </message>
    <message>
        <source>Kirim lagi email yang gagal</source>
        <translation>Send the failed emails again</translation>
    </message>
    <message>
        <source>Pesan:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Peramban atau aplikasi pesan tidak dapat dibuka.</source>
        <translation>No browser or messaging app could be opened.</translation>
    </message>
    <message>
        <source>Pesan {via} ke {phone} sudah dikirim?</source>
        <translation>Was the {via} message to {phone} sent?</translation>
    </message>
    <message>
        <source>Ya, sudah terkirim</source>
        <translation>Yes, it was sent</translation>
    </message>
    <message>
        <source>Konfirmasi pengiriman</source>
        <translation>Confirm sending</translation>
    </message>
    <message>
        <source>Pengiriman {via} dicatat.</source>
        <translation>{via} message recorded as sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n email masuk antrean lagi.</source>
        <translation>
            <numerusform>%n email queued again.</numerusform>
            <numerusform>%n emails queued again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <source>Disposisi ke unit kerja</source>
        <translation>Refer to a work unit (disposisi)</translation>
    </message>
    <message>
        <source>, dan {n} lainnya</source>
        <translation>, and {n} more</translation>
    </message>
    <message numerus="yes">
        <source>{n} pengaduan: {numbers}</source>
        <translation>
            <numerusform>{n} complaint: {numbers}</numerusform>
            <numerusform>{n} complaints: {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>— pilih unit —</source>
        <translation>— choose a unit —</translation>
    </message>
    <message>
        <source>Instruksi disposisi, sama untuk semua</source>
        <translation>Instruction to the unit, the same for all</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Batas waktu unit kerja membalas, dihitung dari hari disposisi</source>
        <translation>How long the work unit has to reply, counted from the day of referral</translation>
    </message>
    <message>
        <source>Tidak melewati batas waktu tiap pengaduan: yang lebih dekat dipakai.</source>
        <translation>Never past each complaint&apos;s own due date: whichever is sooner applies.</translation>
    </message>
    <message>
        <source>Unit tujuan</source>
        <translation>Refer to unit</translation>
    </message>
    <message>
        <source>Batas balasan unit</source>
        <translation>Unit&apos;s reply due in</translation>
    </message>
    <message>
        <source>Instruksi</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Disposisikan</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>{n} pengaduan didisposisikan ke {unit}, batas balasan unit {days} hari kerja.</source>
        <translation>
            <numerusform>{n} complaint referred to {unit}; the unit&apos;s reply is due within {days} working days.</numerusform>
            <numerusform>{n} complaints referred to {unit}; the unit&apos;s reply is due within {days} working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposisi tersimpan</source>
        <translation>Referral saved</translation>
    </message>
</context>
<context>
    <name>EarlierPanel</name>
    <message>
        <source>Pengaduan sebelumnya yang mungkin terkait</source>
        <translation>Earlier complaints that may be related</translation>
    </message>
    <message>
        <source>Belum ada yang dicari.</source>
        <translation>Nothing searched yet.</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Perihal dan kecocokan</source>
        <translation>Subject and match</translation>
    </message>
    <message>
        <source>Alasan (wajib untuk penggabungan)</source>
        <translation>Reason (required to merge)</translation>
    </message>
    <message>
        <source>Kaitkan</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Catat bahwa pengaduan ini berkaitan dengan pengaduan sebelumnya yang dipilih</source>
        <translation>Record that this complaint is related to the chosen earlier complaint</translation>
    </message>
    <message>
        <source>Gabungkan sebagai duplikat…</source>
        <translation>Merge as duplicate…</translation>
    </message>
    <message>
        <source>Tutup pengaduan ini sebagai duplikat dari yang dipilih; kedua nomor tetap ada</source>
        <translation>Close this complaint as a duplicate of the chosen one; both numbers remain</translation>
    </message>
    <message>
        <source>Mencari pengaduan sebelumnya…</source>
        <translation>Looking for earlier complaints…</translation>
    </message>
    <message>
        <source>Pencarian pengaduan sebelumnya gagal.</source>
        <translation>The search for earlier complaints failed.</translation>
    </message>
    <message>
        <source>Cocok: {why}</source>
        <translation>Matches: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n pengaduan sebelumnya mungkin dari pengadu yang sama atau tentang hal yang sama.</source>
        <translation>
            <numerusform>%n earlier complaint may be from the same complainant or about the same matter.</numerusform>
            <numerusform>%n earlier complaints may be from the same complainant or about the same matter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Isi NIK, telepon, ID LAPOR! atau perihal untuk mencari pengaduan sebelumnya.</source>
        <translation>Fill in the NIK, phone, LAPOR! ID or subject to look for earlier complaints.</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan sebelumnya yang cocok.</source>
        <translation>No earlier complaint matches.</translation>
    </message>
    <message>
        <source>Tulis alasan penggabungan.</source>
        <translation>Write the reason for merging.</translation>
    </message>
    <message>
        <source>Gabungkan sebagai duplikat</source>
        <translation>Merge as duplicate</translation>
    </message>
    <message>
        <source>Tutup pengaduan ini sebagai duplikat dari {number}? Kedua nomor tetap ada; tindak lanjut dilakukan pada {number}.</source>
        <translation>Close this complaint as a duplicate of {number}? Both numbers remain; the follow-up is done on {number}.</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Digabung sebagai duplikat dari {number}.</source>
        <translation>Merged as a duplicate of {number}.</translation>
    </message>
    <message>
        <source>Dikaitkan dengan {number}.</source>
        <translation>Linked with {number}.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Hapus identitas pengadu</source>
        <translation>Erase the complainant&apos;s identity</translation>
    </message>
    <message>
        <source>Nama, nomor identitas, alamat, telepon dan email pengadu pengaduan {number} (dan pengaduan lain dengan nomor identitas yang sama) akan dihapus, beserta lampirannya. Pengaduannya tetap tercatat untuk statistik. Penghapusan tidak dapat dibatalkan.</source>
        <translation>The name, identity number, address, telephone and email of the complainant of complaint {number} (and of other complaints with the same identity number) will be erased, with their attachments. The complaints stay recorded for statistics. Erasing cannot be undone.</translation>
    </message>
    <message>
        <source>misalnya: permintaan pengadu tanggal ...</source>
        <translation>for example: the complainant&apos;s request dated ...</translation>
    </message>
    <message>
        <source>Hapus identitas</source>
        <translation>Erase identity</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan penghapusan *</source>
        <translation>Reason for erasing *</translation>
    </message>
    <message>
        <source>Alasan penghapusan wajib diisi.</source>
        <translation>The reason for erasing is required.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Basis data ini belum punya administrator. Buat akunnya sekarang: administrator mengatur pegawai dan akun mereka, profil kantor, dan kalender kerja. Tidak ada kata sandi bawaan; simpan kata sandi ini baik-baik.</source>
        <translation>This database has no administrator yet. Create the account now: the administrator manages the staff and their accounts, the office profile and the working calendar. There is no default password; keep this password safe.</translation>
    </message>
    <message>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>boleh kosong: Administrator</source>
        <translation>optional: Administrator</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>mis. andi.pratama</source>
        <translation>e.g. andi.pratama</translation>
    </message>
    <message>
        <source>paling sedikit {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>IdleLockTab</name>
    <message>
        <source>Jendela yang tidak dipakai (tanpa ketikan atau gerakan tetikus) selama waktu ini terkunci: isinya disembunyikan sampai pengguna yang sama memasukkan kata sandinya lagi, atau keluar dari akun. Berlaku untuk semua meja, mulai saat masuk berikutnya.</source>
        <translation>A window left unused (no typing or mouse movement) for this long locks: its contents are hidden until the same user enters their password again, or signs out. Applies to every desk from the next sign-in.</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Kunci layar setelah</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <source>Simpan kunci layar</source>
        <translation>Save screen lock</translation>
    </message>
    <message>
        <source>✓ Tersimpan.</source>
        <translation>✓ Saved.</translation>
    </message>
</context>
<context>
    <name>IntakeDraft</name>
    <message>
        <source>Isian belum tersimpan</source>
        <translation>Unsaved entry</translation>
    </message>
    <message>
        <source>Ada isian pengaduan yang belum tersimpan dari {when}. Pulihkan?</source>
        <translation>There is an unsaved complaint entry from {when}. Restore it?</translation>
    </message>
    <message>
        <source>Program berhenti sebelum pengaduan itu disimpan. Pulihkan mengisi kembali formulir seperti terakhir diketik; Buang menghapus isian itu.</source>
        <translation>The program stopped before that complaint was saved. Restore fills the form in again as it was last typed; Discard deletes that entry.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Pengaduan Baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Kosongkan formulir untuk pengaduan baru (Ctrl+N)</source>
        <translation>Clear the form for a new complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Simpan tanda bukti sebagai berkas PDF</source>
        <translation>Save the receipt as a PDF file</translation>
    </message>
    <message>
        <source>Cetak tanda bukti</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Cetak tanda bukti pengaduan (Ctrl+P)</source>
        <translation>Print the complaint receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan pengaduan (Ctrl+S)</source>
        <translation>Save the complaint (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pengaduan terbaru</source>
        <translation>Recent complaints</translation>
    </message>
    <message>
        <source>Simpan tanda bukti pengaduan terpilih sebagai PDF</source>
        <translation>Save the receipt of the selected complaint as a PDF</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cetak ulang tanda bukti pengaduan terpilih</source>
        <translation>Reprint the receipt of the selected complaint</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Menghubungkan ke basis data…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Lihat tanda bukti sebelum dicetak</source>
        <translation>See the receipt before printing it</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Pilih printer lalu cetak tanda bukti. Ctrl+P mencetak langsung ke printer terakhir.</source>
        <translation>Choose a printer, then print the receipt. Ctrl+P prints straight to the last printer used.</translation>
    </message>
    <message>
        <source>Cetak ulang…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>Isi formulir lalu tekan Simpan (Ctrl+S). Kolom bertanda * wajib diisi.</source>
        <translation>Fill in the form, then press Save (Ctrl+S). Fields marked * are required.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tersimpan.&lt;/b&gt; Nomor pengaduan &lt;b&gt;{number}&lt;/b&gt; — batas waktu tindak lanjut paling lambat &lt;b&gt;{due}&lt;/b&gt;. Cetak tanda bukti (Ctrl+P) atau tekan Baru (Ctrl+N) untuk pengaduan berikutnya.</source>
        <translation>&lt;b&gt;Saved.&lt;/b&gt; Complaint number &lt;b&gt;{number}&lt;/b&gt; — follow-up due by &lt;b&gt;{due}&lt;/b&gt; at the latest. Print the receipt (Ctrl+P) or press New (Ctrl+N) for the next complaint.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Belum tersimpan:&lt;/b&gt; server basis data tidak terjangkau. Isian tetap di sini dan disimpan otomatis begitu tersambung kembali.</source>
        <translation>&lt;b&gt;Not saved yet:&lt;/b&gt; the database server cannot be reached. The entry stays here and is saved automatically as soon as the connection is back.</translation>
    </message>
    <message>
        <source>Pratinjau tanda bukti {number}</source>
        <translation>Preview of receipt {number}</translation>
    </message>
    <message numerus="yes">
        <source>Tanda bukti {number} dikirim ke printer ({pages} halaman).</source>
        <translation>
            <numerusform>Receipt {number} sent to the printer ({pages} page).</numerusform>
            <numerusform>Receipt {number} sent to the printer ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tanda bukti disimpan ke {path}</source>
        <translation>Receipt saved to {path}</translation>
    </message>
    <message>
        <source>Belum ada pengaduan</source>
        <translation>No complaint yet</translation>
    </message>
    <message>
        <source>Simpan pengaduan terlebih dahulu, atau pilih satu di daftar pengaduan terbaru.</source>
        <translation>Save the complaint first, or choose one in the list of recent complaints.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Simpan tindakan yang dipilih (Ctrl+Enter)</source>
        <translation>Save the chosen action (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Bahasa / Language</source>
        <translation>Bahasa / Language</translation>
    </message>
    <message>
        <source>Bahasa jendela di meja ini:</source>
        <translation>Language of the window at this desk:</translation>
    </message>
    <message>
        <source>Program ini dibuka dengan --lang; pengaturan meja ini: {language}.</source>
        <translation>This session was started with --lang; this desk&apos;s setting: {language}.</translation>
    </message>
</context>
<context>
    <name>LaporActions</name>
    <message>
        <source>Impor dari SP4N-LAPOR!</source>
        <translation>Import from SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Pilih berkas ekspor SP4N-LAPOR!</source>
        <translation>Choose an SP4N-LAPOR! export file</translation>
    </message>
    <message>
        <source>Ekspor SP4N-LAPOR! (*.csv *.xlsx)</source>
        <translation>SP4N-LAPOR! export (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>{new} pengaduan baru, {updated} diperbarui, {same} tanpa perubahan.</source>
        <translation>New complaints: {new}; updated: {updated}; unchanged: {same}.</translation>
    </message>
    <message>
        <source>baru {number}</source>
        <translation>new {number}</translation>
    </message>
    <message>
        <source>diperbarui {number}</source>
        <translation>updated {number}</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang disimpan.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>LaporProgress</name>
    <message>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan {done} dari {total} pengaduan baru…</source>
        <translation>Saving {done} of {total} new complaints…</translation>
    </message>
    <message>
        <source>Memeriksa baris {done} dari {total}…</source>
        <translation>Checking row {done} of {total}…</translation>
    </message>
    <message>
        <source>Menyimpan kabar SP4N-LAPOR!…</source>
        <translation>Saving the SP4N-LAPOR! news…</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>{n} terpilih</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <source>Terpilih</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Pengaduan yang dipilih (Ctrl/Shift + klik)</source>
        <translation>The selected complaints (Ctrl/Shift + click)</translation>
    </message>
    <message>
        <source>Disposisikan ke unit…</source>
        <translation>Refer to a unit…</translation>
    </message>
    <message>
        <source>Cetak lembar disposisi…</source>
        <translation>Print referral sheets…</translation>
    </message>
    <message>
        <source>Pratinjau lembar disposisi</source>
        <translation>Preview referral sheets</translation>
    </message>
    <message>
        <source>Simpan lembar disposisi (PDF)…</source>
        <translation>Save referral sheets (PDF)…</translation>
    </message>
    <message>
        <source>Ekspor terpilih (XLSX)…</source>
        <translation>Export selected (XLSX)…</translation>
    </message>
    <message>
        <source>Ekspor terpilih (PDF)…</source>
        <translation>Export selected (PDF)…</translation>
    </message>
    <message>
        <source>Cetak/ekspor daftar</source>
        <translation>Print/export list</translation>
    </message>
    <message>
        <source>Seluruh baris filter ini, bukan hanya yang tampak</source>
        <translation>Every row of this filter, not only those in view</translation>
    </message>
    <message>
        <source>Cetak daftar…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Pratinjau daftar</source>
        <translation>Preview list</translation>
    </message>
    <message>
        <source>Simpan daftar sebagai PDF…</source>
        <translation>Save list as PDF…</translation>
    </message>
    <message>
        <source>Ekspor daftar ke XLSX…</source>
        <translation>Export list to XLSX…</translation>
    </message>
    <message>
        <source>Baris belum dimuat</source>
        <translation>Rows not loaded yet</translation>
    </message>
    <message numerus="yes">
        <source>{n} baris terpilih belum selesai dimuat. Tunggu sebentar lalu ulangi.</source>
        <translation>
            <numerusform>{n} selected row has not finished loading. Wait a moment, then try again.</numerusform>
            <numerusform>{n} selected rows have not finished loading. Wait a moment, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada yang dipilih</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Pilih dulu pengaduan di daftar (Ctrl/Shift + klik), lalu ulangi.</source>
        <translation>First select complaints in the list (Ctrl/Shift + click), then try again.</translation>
    </message>
    <message>
        <source>Menulis {name}</source>
        <translation>Writing {name}</translation>
    </message>
    <message numerus="yes">
        <source>{n} baris disimpan ke {name}</source>
        <translation>
            <numerusform>{n} row saved to {name}</numerusform>
            <numerusform>{n} rows saved to {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Penyimpanan daftar dibatalkan.</source>
        <translation>Saving the list was cancelled.</translation>
    </message>
    <message>
        <source>Menyiapkan daftar untuk dicetak</source>
        <translation>Preparing the list for printing</translation>
    </message>
    <message numerus="yes">
        <source>Daftar dikirim ke printer ({pages} halaman).</source>
        <translation>
            <numerusform>List sent to the printer ({pages} page).</numerusform>
            <numerusform>List sent to the printer ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pratinjau daftar pengaduan</source>
        <translation>Preview of the complaint list</translation>
    </message>
    <message numerus="yes">
        <source>Lembar disposisi dikirim ke printer ({pages} halaman).</source>
        <translation>
            <numerusform>Referral sheets sent to the printer ({pages} page).</numerusform>
            <numerusform>Referral sheets sent to the printer ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lembar disposisi disimpan ke {name}</source>
        <translation>Referral sheets saved to {name}</translation>
    </message>
</context>
<context>
    <name>ListProgress</name>
    <message>
        <source>Pengaduan Desktop</source>
        <translation>Pengaduan Desktop</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{title}: {n} dari {goal} baris.
Hanya {goal} baris pertama dari {total} yang dicetak. Seluruh daftar: Cetak/ekspor daftar › Simpan daftar sebagai PDF atau Ekspor daftar ke XLSX.</source>
        <translation>{title}: {n} of {goal} rows.
Only the first {goal} of {total} rows are printed. The whole list: Print/export list › Save list as PDF or Export list to XLSX.</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {n} dari {total} baris.</source>
        <translation>
            <numerusform>{title}: {n} of {total} row.</numerusform>
            <numerusform>{title}: {n} of {total} rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: {n} baris.</source>
        <translation>
            <numerusform>{title}: {n} row.</numerusform>
            <numerusform>{title}: {n} rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>isian</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>✓ Tersimpan.</source>
        <translation>✓ Saved.</translation>
    </message>
    <message>
        <source>Hapus {noun}</source>
        <translation>Delete {noun}</translation>
    </message>
    <message>
        <source>Hapus {name}? Ini tidak dapat dibatalkan.</source>
        <translation>Delete {name}? This cannot be undone.</translation>
    </message>
    <message>
        <source>✓ Dihapus.</source>
        <translation>✓ Deleted.</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>⚠ Server basis data tidak terjangkau — mencoba lagi…</source>
        <translation>⚠ Database server unreachable — trying again…</translation>
    </message>
    <message>
        <source>⚠ Basis data tidak terjangkau — mencoba lagi…</source>
        <translation>⚠ Database unreachable — trying again…</translation>
    </message>
    <message>
        <source>Formulir yang terbuka tetap tersimpan di layar. Program terus mencoba menyambung kembali.</source>
        <translation>Open forms stay on the screen. The program keeps trying to reconnect.</translation>
    </message>
    <message>
        <source>✓ Tersambung kembali ke server basis data</source>
        <translation>✓ Reconnected to the database server</translation>
    </message>
    <message>
        <source>✓ Basis data dapat dipakai kembali</source>
        <translation>✓ The database can be used again</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>Email: {queued} antri, {failed} gagal</source>
        <translation>Email: {queued} queued, {failed} failed</translation>
    </message>
    <message>
        <source>Email: {queued} antri</source>
        <translation>Email: {queued} queued</translation>
    </message>
    <message>
        <source>Email: {failed} gagal</source>
        <translation>Email: {failed} failed</translation>
    </message>
    <message>
        <source>Email: tertunda</source>
        <translation>Email: delayed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pengaduan Desktop — BKAD Provinsi Kalimantan Barat</source>
        <translation>Pengaduan Desktop — BKAD, West Kalimantan Province</translation>
    </message>
    <message>
        <source>Pengaduan Baru</source>
        <translation>New Complaint</translation>
    </message>
    <message>
        <source>Daftar Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Laporan Bulanan</source>
        <translation>Monthly Report</translation>
    </message>
    <message>
        <source>Kalender Kerja</source>
        <translation>Working Calendar</translation>
    </message>
    <message>
        <source>Menghubungkan ke basis data…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <source>Belum ada administrator: buat akunnya dahulu.</source>
        <translation>There is no administrator yet: create the account first.</translation>
    </message>
    <message>
        <source>Silakan masuk.</source>
        <translation>Please sign in.</translation>
    </message>
    <message>
        <source>Siap. Basis data: {url}</source>
        <translation>Ready. Database: {url}</translation>
    </message>
    <message>
        <source>Masuk: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Layar terkunci.</source>
        <translation>Screen locked.</translation>
    </message>
    <message>
        <source>Kunci dibuka.</source>
        <translation>Unlocked.</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message numerus="yes">
        <source>{count} pengaduan terlambat — lihat Daftar Pengaduan. </source>
        <translation>
            <numerusform>{count} overdue complaint — see Complaints. </numerusform>
            <numerusform>{count} overdue complaints — see Complaints. </numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({count} terlambat)</source>
        <translation>{title} ({count} overdue)</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari cadangan di meja lain. Silakan masuk lagi.</source>
        <translation>The database was restored from a backup at another desk. Please sign in again.</translation>
    </message>
    <message>
        <source>Basis data dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Cadangan…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Impor dari SP4N-&amp;LAPOR!…</source>
        <translation>Import from SP4N-&amp;LAPOR!…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Profil &amp;kantor dan pejabat…</source>
        <translation>&amp;Office and officials…</translation>
    </message>
    <message>
        <source>Pe&amp;gawai dan daftar kantor…</source>
        <translation>S&amp;taff and office lists…</translation>
    </message>
    <message>
        <source>&amp;Penomoran surat…</source>
        <translation>Letter &amp;numbering…</translation>
    </message>
    <message>
        <source>&amp;Alasan penolakan…</source>
        <translation>&amp;Rejection reasons…</translation>
    </message>
    <message>
        <source>&amp;Email dan templat pesan…</source>
        <translation>&amp;Email and message templates…</translation>
    </message>
    <message>
        <source>&amp;Batas waktu per tahap…</source>
        <translation>&amp;Deadlines per step…</translation>
    </message>
    <message>
        <source>&amp;Jejak audit…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Ba&amp;hasa / Language…</source>
        <translation>Bahasa / &amp;Language…</translation>
    </message>
    <message>
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>K&amp;unci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Keluar dari &amp;akun</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tentang</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Bahasa disimpan; berlaku saat program dibuka lagi.</source>
        <translation>Language saved; it applies when the program is opened again.</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Komputer ini tidak memiliki penyimpan kata sandi sistem (keyring). Kata sandi hanya disimpan di memori selama program terbuka, tidak di basis data atau berkas, dan harus diisi lagi setiap kali program dibuka.</source>
        <translation>This computer has no system password store (keyring). The password is kept only in memory while the program is open, never in the database or a file, and must be entered again each time the program is opened.</translation>
    </message>
    <message>
        <source>Email dan templat pesan kepada pengadu</source>
        <translation>Email and message templates for complainants</translation>
    </message>
    <message>
        <source>Server email</source>
        <translation>Email server</translation>
    </message>
    <message>
        <source>Templat pesan</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pesan kepada pengadu (tanda terima, disposisi, tanggapan, selesai, eskalasi, penolakan) dikirim melalui server email kantor. Pesan dicatat dalam antrean bersama tindakannya dan dikirim di latar belakang; bila server tidak dapat dihubungi, pesan dicoba lagi kemudian.</source>
        <translation>Messages to complainants (receipt, referral, reply, resolution, escalation, rejection) are sent through the office&apos;s email server. Each message is queued together with its action and sent in the background; when the server cannot be reached, it is tried again later.</translation>
    </message>
    <message>
        <source>Kirim email kepada pengadu</source>
        <translation>Send emails to complainants</translation>
    </message>
    <message>
        <source>Server SMTP</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Alamat pengirim</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Nama pengirim</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Simpan pengaturan server</source>
        <translation>Save server settings</translation>
    </message>
    <message>
        <source>(tersimpan; kosongkan bila tidak diubah)</source>
        <translation>(saved; leave empty to keep it)</translation>
    </message>
    <message>
        <source>Kata sandi disimpan di penyimpan kata sandi sistem ({name}), tidak di basis data.</source>
        <translation>The password is kept in the system password store ({name}), not in the database.</translation>
    </message>
    <message>
        <source>Pengaturan server tersimpan.</source>
        <translation>Server settings saved.</translation>
    </message>
    <message>
        <source>Kata sandi disimpan di keyring sistem.</source>
        <translation>The password is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Kata sandi disimpan di memori sampai program ditutup.</source>
        <translation>The password is kept in memory until the program closes.</translation>
    </message>
    <message>
        <source>Kirim pesan ini</source>
        <translation>Send this message</translation>
    </message>
    <message>
        <source>Isian yang dapat dipakai: {fields}</source>
        <translation>Fields you can use: {fields}</translation>
    </message>
    <message>
        <source>Kembalikan bawaan</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Isi pesan (email, WhatsApp dan SMS)</source>
        <translation>Message text (email, WhatsApp and SMS)</translation>
    </message>
    <message>
        <source>Lampiran: {name}</source>
        <translation>Attachment: {name}</translation>
    </message>
    <message>
        <source>Tanpa lampiran</source>
        <translation>No attachment</translation>
    </message>
    <message>
        <source>Templat tersimpan.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>{name} (tidak dikirim)</source>
        <translation>{name} (not sent)</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Berkas {suffix}</source>
        <translation>{suffix} file</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>OfficeListsDialog</name>
    <message>
        <source>Pegawai dan daftar kantor</source>
        <translation>Staff and office lists</translation>
    </message>
    <message>
        <source>&amp;Pegawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work units</translation>
    </message>
    <message>
        <source>&amp;Layanan</source>
        <translation>S&amp;ervices</translation>
    </message>
    <message>
        <source>&amp;Kategori</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <source>&amp;Alasan penolakan</source>
        <translation>&amp;Rejection reasons</translation>
    </message>
    <message>
        <source>&amp;Waktu layanan</source>
        <translation>Service &amp;time</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>Screen &amp;lock</translation>
    </message>
    <message>
        <source>&amp;Masa simpan</source>
        <translation>Re&amp;tention</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OfficeSetupDialog</name>
    <message>
        <source>Profil kantor dan pejabat</source>
        <translation>Office and officials profile</translation>
    </message>
    <message>
        <source>Kantor dan kop surat</source>
        <translation>Office and letterhead</translation>
    </message>
    <message>
        <source>&amp;Pemerintah daerah:</source>
        <translation>Regional &amp;government:</translation>
    </message>
    <message>
        <source>PEMERINTAH PROVINSI KALIMANTAN BARAT</source>
        <translation>PEMERINTAH PROVINSI KALIMANTAN BARAT</translation>
    </message>
    <message>
        <source>Nama &amp;kantor:</source>
        <translation>&amp;Office name:</translation>
    </message>
    <message>
        <source>BADAN KEUANGAN DAN ASET DAERAH</source>
        <translation>BADAN KEUANGAN DAN ASET DAERAH</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Jl. Ahmad Yani, Pontianak, Kalimantan Barat</source>
        <translation>Jl. Ahmad Yani, Pontianak, Kalimantan Barat</translation>
    </message>
    <message>
        <source>&amp;Telepon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>(0561) 736541</source>
        <translation>(0561) 736541</translation>
    </message>
    <message>
        <source>&amp;Faks:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>bkad@kalbarprov.go.id</source>
        <translation>bkad@kalbarprov.go.id</translation>
    </message>
    <message>
        <source>&amp;Laman:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Tempat tanda tan&amp;gan:</source>
        <translation>Place of si&amp;gning:</translation>
    </message>
    <message>
        <source>Pontianak</source>
        <translation>Pontianak</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Pilih l&amp;ogo…</source>
        <translation>Choose l&amp;ogo…</translation>
    </message>
    <message>
        <source>Pejabat penanda tangan</source>
        <translation>Signing officials</translation>
    </message>
    <message>
        <source>Kepala Badan (penanda tangan laporan dan surat)</source>
        <translation>Kepala Badan (head of agency: signs reports and letters)</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>18 angka, mis. 19720415 199803 1 004</source>
        <translation>18 digits, e.g. 19720415 199803 1 004</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Pejabat Pengelola Pengaduan (penanggung jawab bawaan, a.n. Kepala Badan)</source>
        <translation>Pejabat Pengelola Pengaduan (complaints officer: responsible by default, on behalf of the Kepala Badan)</translation>
    </message>
    <message>
        <source>N&amp;ama:</source>
        <translation>N&amp;ame:</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Pegawai yang menerima dan menangani pengaduan. Pegawai yang sudah tercatat dalam register tidak dapat dihapus, hanya dinonaktifkan: ia tidak ditawarkan lagi di meja penerimaan, tetapi tetap tertulis pada pengaduan yang pernah ditanganinya.</source>
        <translation>Staff who receive and handle complaints. A staff member already recorded in the register cannot be deleted, only deactivated: they are no longer offered at the intake desk, but stay named on the complaints they handled.</translation>
    </message>
    <message>
        <source>pegawai</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>boleh kosong, mis. Penata (III/c)</source>
        <translation>optional, e.g. Penata (III/c)</translation>
    </message>
    <message>
        <source>Aktif (ditawarkan di meja penerimaan)</source>
        <translation>Active (offered at the intake desk)</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Buat/ubah akun…</source>
        <translation>Create/edit account…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>— tanpa unit kerja —</source>
        <translation>— no work unit —</translation>
    </message>
    <message>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>belum punya akun (tidak dapat masuk)</source>
        <translation>no account yet (cannot sign in)</translation>
    </message>
    <message>
        <source>nama pengguna {username}</source>
        <translation>username {username}</translation>
    </message>
    <message>
        <source>✓ Akun tersimpan.</source>
        <translation>✓ Account saved.</translation>
    </message>
    <message>
        <source>Pejabat Pengelola Pengaduan di profil kantor tidak dapat dihapus.</source>
        <translation>The complaints officer (Pejabat Pengelola Pengaduan) named in the office profile cannot be deleted.</translation>
    </message>
    <message>
        <source>Sudah tercatat dalam register: nonaktifkan saja.</source>
        <translation>Already recorded in the register: deactivate instead.</translation>
    </message>
</context>
<context>
    <name>PaperCombo</name>
    <message>
        <source>Kertas {paper}</source>
        <translation>{paper} paper</translation>
    </message>
    <message>
        <source>Ukuran kertas tanda bukti (diingat untuk cetak berikutnya)</source>
        <translation>Paper size of the receipt (remembered for the next print)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi baru paling sedikit {n} karakter.</source>
        <translation>The new password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan sebagai XLSX</source>
        <translation>Save as XLSX</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Simpan sebagai CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Tidak ada printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>Tidak ada printer terpasang di komputer ini. Pasang printer melalui pengaturan sistem, atau simpan dokumen sebagai PDF (Simpan PDF…) lalu cetak dari komputer lain.</source>
        <translation>No printer is installed on this computer. Install one in the system settings, or save the document as a PDF (Save PDF…) and print it from another computer.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>{title} — {n} halaman pertama dari {total}</source>
        <translation>{title} — first {n} of {total} pages</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Folder untuk data pribadi pengadu</source>
        <translation>Folder for the complainant&apos;s personal data</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Ekspor data pribadi…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Tulis semua data yang disimpan tentang pengadu ini sebagai PDF dan JSON</source>
        <translation>Write all data held about this complainant as PDF and JSON</translation>
    </message>
    <message>
        <source>Hapus identitas…</source>
        <translation>Erase identity…</translation>
    </message>
    <message>
        <source>Hapus identitas pengadu ini; pengaduannya tetap untuk statistik</source>
        <translation>Erase this complainant&apos;s identity; the complaints stay for statistics</translation>
    </message>
    <message>
        <source>Menyusun data pribadi pengadu…</source>
        <translation>Gathering the complainant&apos;s personal data…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>sistem cetak CUPS (libcups) tidak terpasang</source>
        <translation>the CUPS printing system (libcups) is not installed</translation>
    </message>
    <message>
        <source>printer {queue} menolak dokumen: {reason}</source>
        <translation>printer {queue} refused the document: {reason}</translation>
    </message>
    <message>
        <source>printer {name} tidak dapat dibuka</source>
        <translation>printer {name} cannot be opened</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>Memuat profil kantor…</source>
        <translation>Loading the office profile…</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Sebelum tanda bukti, surat atau laporan dapat dicetak atau disimpan, lengkapi profil kantor. Belum diisi: {gaps}.</source>
        <translation>Complete the office profile before receipts, letters or reports can be printed or saved. Not filled in: {gaps}.</translation>
    </message>
    <message>
        <source>Isian ini dicetak pada kop surat dan blok tanda tangan setiap dokumen resmi.</source>
        <translation>These entries are printed in the letterhead and signature block of every official document.</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Pilih gambar lambang daerah, PNG atau JPEG.</source>
        <translation>Choose the regional emblem image, PNG or JPEG.</translation>
    </message>
    <message>
        <source>{w}×{h} piksel</source>
        <translation>{w}×{h} pixels</translation>
    </message>
    <message>
        <source>Periksa isian bertanda merah: {fields}.</source>
        <translation>Check the entries marked in red: {fields}.</translation>
    </message>
    <message>
        <source>Dokumen resmi belum dapat dicetak atau disimpan: profil kantor masih berisi contoh atau belum diisi.

Belum diisi: {gaps}.

Isi profil kantor sekarang?</source>
        <translation>Official documents cannot be printed or saved yet: the office profile still holds examples or is not filled in.

Not filled in: {gaps}.

Fill in the office profile now?</translation>
    </message>
    <message>
        <source>Profil kantor belum lengkap</source>
        <translation>Office profile incomplete</translation>
    </message>
    <message>
        <source>Isi profil kantor…</source>
        <translation>Fill in office profile…</translation>
    </message>
</context>
<context>
    <name>RecentComplaintsModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>{summary}
Diterima {received} WIB</source>
        <translation>{summary}
Received {received} WIB</translation>
    </message>
</context>
<context>
    <name>RejectionReasonsDialog</name>
    <message>
        <source>Alasan penolakan</source>
        <translation>Rejection reasons</translation>
    </message>
    <message>
        <source>Daftar alasan penolakan</source>
        <translation>List of rejection reasons</translation>
    </message>
    <message>
        <source>mis. Bukan kewenangan BKAD</source>
        <translation>e.g. Not within BKAD&apos;s authority</translation>
    </message>
    <message>
        <source>Ditawarkan saat menolak pengaduan</source>
        <translation>Offered when rejecting a complaint</translation>
    </message>
    <message>
        <source>Alasan baru</source>
        <translation>New reason</translation>
    </message>
    <message>
        <source>Simpan alasan</source>
        <translation>Save reason</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alasan yang dipilih petugas saat menolak pengaduan. Alasan yang sudah dipakai tetap tertulis seperti semula pada pengaduan yang ditolak dengannya.</source>
        <translation>The reasons officers choose from when rejecting a complaint. A reason already used stays worded as it was on the complaints rejected with it.</translation>
    </message>
    <message>
        <source>{text} (tidak ditawarkan)</source>
        <translation>{text} (not offered)</translation>
    </message>
    <message>
        <source>Saat menolak, petugas wajib mengisi: {label}.</source>
        <translation>When rejecting, the officer must fill in: {label}.</translation>
    </message>
    <message>
        <source>Saat menolak, petugas dapat mengisi: {label}.</source>
        <translation>When rejecting, the officer may fill in: {label}.</translation>
    </message>
    <message>
        <source>✓ Alasan tersimpan.</source>
        <translation>✓ Reason saved.</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <source>Pengaduan terkait dan duplikat</source>
        <translation>Related and duplicate complaints</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Perihal dan alasan</source>
        <translation>Subject and reason</translation>
    </message>
    <message>
        <source>Hapus kaitan…</source>
        <translation>Remove link…</translation>
    </message>
    <message>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Duplikatnya</source>
        <translation>Its duplicate</translation>
    </message>
    <message>
        <source>Terkait dengan</source>
        <translation>Related to</translation>
    </message>
    <message>
        <source>Dikaitkan oleh</source>
        <translation>Linked from</translation>
    </message>
    <message>
        <source>(di luar unit kerja Anda)</source>
        <translation>(outside your unit)</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n kaitan. Klik dua kali untuk membuka pengaduannya.</source>
        <translation>
            <numerusform>%n link. Double-click to open its complaint.</numerusform>
            <numerusform>%n links. Double-click one to open its complaint.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada pengaduan yang dikaitkan.</source>
        <translation>No complaint is linked yet.</translation>
    </message>
    <message>
        <source>Lepas penggabungan dengan {number}? Pengaduan duplikat dibuka kembali dengan status sebelumnya.</source>
        <translation>Undo the merge with {number}? The duplicate complaint is reopened with its earlier status.</translation>
    </message>
    <message>
        <source>Hapus kaitan dengan {number}?</source>
        <translation>Remove the link with {number}?</translation>
    </message>
    <message>
        <source>Hapus kaitan</source>
        <translation>Remove link</translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <source>… dan {count} lainnya</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>… dan sedikitnya {count} lainnya</source>
        <translation>… and at least {count} more</translation>
    </message>
    <message>
        <source>… dan mungkin lainnya</source>
        <translation>… and possibly more</translation>
    </message>
    <message>
        <source>Pengingat batas tahap ({count})</source>
        <translation>Step deadline reminders ({count})</translation>
    </message>
    <message>
        <source>Tahap yang batas waktunya besok (hari kerja berikutnya), hari ini, atau sudah terlewat. Pilih untuk membuka pengaduannya.</source>
        <translation>Steps due tomorrow (the next working day), today, or already overdue. Choose one to open its complaint.</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Draf belum tersimpan…</source>
        <translation>Draft not saved yet…</translation>
    </message>
    <message>
        <source>Menyimpan draf…</source>
        <translation>Saving draft…</translation>
    </message>
    <message>
        <source>Draf {month} tersimpan.</source>
        <translation>Draft for {month} saved.</translation>
    </message>
    <message>
        <source>Draf gagal disimpan.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <source>Memuat draf…</source>
        <translation>Loading draft…</translation>
    </message>
    <message>
        <source>Draf {month}.</source>
        <translation>Draft for {month}.</translation>
    </message>
    <message>
        <source>{closed} (tepat waktu {on_time}, terlambat {late}, ditolak {rejected})</source>
        <translation>{closed} (on time {on_time}, late {late}, rejected {rejected})</translation>
    </message>
    <message>
        <source>Menyusun laporan {month}…</source>
        <translation>Preparing the report for {month}…</translation>
    </message>
    <message>
        <source>pratinjau</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>Angka {month} siap; menyusun halaman laporan…</source>
        <translation>Figures for {month} ready; laying out the report&apos;s pages…</translation>
    </message>
    <message>
        <source>… halaman {first}–{last} tidak ditampilkan di pratinjau …
simpan PDF atau cetak untuk membaca seluruhnya</source>
        <translation>… pages {first}–{last} are not shown in the preview …
save the PDF or print it to read all of it</translation>
    </message>
    <message numerus="yes">
        <source>{what}: {pages} halaman.</source>
        <translation>
            <numerusform>{what}: {pages} page.</numerusform>
            <numerusform>{what}: {pages} pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tulis kesimpulan sebelum menerbitkan laporan.</source>
        <translation>Write the conclusions before issuing the report.</translation>
    </message>
    <message>
        <source> (revisi {n})</source>
        <translation> (revision {n})</translation>
    </message>
    <message>
        <source>Terbitkan laporan {month} dengan nomor surat {number}{revision}? Laporan yang diterbitkan dibekukan apa adanya; perbaikan sesudahnya menjadi revisi baru.</source>
        <translation>Issue the report for {month} with letter number {number}{revision}? An issued report is frozen as it is; later corrections become a new revision.</translation>
    </message>
    <message>
        <source>Terbitkan laporan</source>
        <translation>Issue report</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>diterbitkan {number} revisi {rev}</source>
        <translation>issued {number} revision {rev}</translation>
    </message>
    <message>
        <source>laporan {month} revisi {rev} ({number}), persis seperti diterbitkan</source>
        <translation>report for {month} revision {rev} ({number}), exactly as issued</translation>
    </message>
    <message numerus="yes">
        <source>Laporan dikirim ke printer ({pages} halaman).</source>
        <translation>
            <numerusform>Report sent to the printer ({pages} page).</numerusform>
            <numerusform>Report sent to the printer ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan disimpan ke {path}</source>
        <translation>Report saved to {path}</translation>
    </message>
    <message>
        <source>Data diekspor ke {path}</source>
        <translation>Data exported to {path}</translation>
    </message>
    <message>
        <source>Data telah berubah sejak laporan ini dibuat.</source>
        <translation>The data has changed since this report was made.</translation>
    </message>
    <message>
        <source>Perbarui</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Susun ulang angka dan pratinjau laporan dengan data terbaru</source>
        <translation>Prepare the figures and the report preview again with the latest data</translation>
    </message>
    <message>
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Angka bulan ini</source>
        <translation>This month&apos;s figures</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Bawaan</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Terlambat akhir bulan</source>
        <translation>Overdue at month end</translation>
    </message>
    <message>
        <source>Dieskalasi</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja</source>
        <translation>Average working days</translation>
    </message>
    <message>
        <source>Ketepatan waktu</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Kesimpulan (ditulis oleh petugas)</source>
        <translation>Conclusions (written by the officer)</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Kesimpulan dan rekomendasi disimpan sebagai draf bulan ini sambil diketik</source>
        <translation>Conclusions and recommendations are saved as this month&apos;s draft as you type</translation>
    </message>
    <message>
        <source>Buat pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Susun laporan bulan terpilih dengan angka terkini</source>
        <translation>Prepare the selected month&apos;s report with the latest figures</translation>
    </message>
    <message>
        <source>Terbitkan…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Bekukan laporan: nomor surat, tanggal terbit, sidik SHA-256; terbit ulang = revisi baru</source>
        <translation>Freeze the report: letter number, date of issue, SHA-256 fingerprint; issuing again = a new revision</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Laporan yang telah diterbitkan</source>
        <translation>Reports issued</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Tampilkan yang diterbitkan</source>
        <translation>Show as issued</translation>
    </message>
    <message>
        <source>Tampilkan laporan terpilih persis seperti diterbitkan</source>
        <translation>Show the selected report exactly as it was issued</translation>
    </message>
</context>
<context>
    <name>RestoreRun</name>
    <message numerus="yes">
        <source>cadangan {made} (%n pengaduan, {size})</source>
        <translation>
            <numerusform>the backup of {made} (%n complaint, {size})</numerusform>
            <numerusform>the backup of {made} (%n complaints, {size})</numerusform>
        </translation>
    </message>
    <message>
        <source>Seluruh isi basis data {target} akan diganti dengan {what}.

Semua yang dicatat sesudah cadangan itu dibuat akan hilang, di meja ini dan di meja lain yang memakai basis data yang sama. Semua orang perlu masuk lagi.</source>
        <translation>The whole database {target} will be replaced with {what}.

Everything recorded after that backup was made will be lost, at this desk and at the other desks using the same database. Everyone will need to sign in again.</translation>
    </message>
    <message>
        <source>{what} akan dipulihkan ke berkas baru {target}.

Berkas basis data yang rusak tidak diubah.</source>
        <translation>{what} will be restored into the new file {target}.

The damaged database file is not changed.</translation>
    </message>
    <message>
        <source>Cadangan ini berasal dari basis data lain: {source}.

{text}</source>
        <translation>This backup comes from another database: {source}.

{text}</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Memulihkan basis data dari cadangan…</source>
        <translation>Restoring the database from the backup…</translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation>Restoring</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Identitas pengadu (nama, nomor identitas, alamat, telepon, email) pada pengaduan yang sudah ditutup lebih lama dari masa simpan dianonimkan; pengaduannya tetap tercatat untuk statistik (UU 27/2022 tentang Pelindungan Data Pribadi). Perintah &apos;pengaduan retention run&apos; melakukan hal yang sama dan dapat dijadwalkan.</source>
        <translation>The complainant&apos;s identity (name, identity number, address, telephone, email) on complaints closed longer ago than the retention period is anonymised; the complaints stay recorded for statistics (UU 27/2022 on Personal Data Protection). The command &apos;pengaduan retention run&apos; does the same and can be scheduled.</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Anonimkan sekarang…</source>
        <translation>Anonymise now…</translation>
    </message>
    <message>
        <source>Simpan masa simpan</source>
        <translation>Save retention period</translation>
    </message>
    <message>
        <source>✓ Masa simpan tersimpan: {years} tahun.</source>
        <translation>✓ Retention period saved: {years} years.</translation>
    </message>
    <message>
        <source>Anonimkan pengadu</source>
        <translation>Anonymise complainants</translation>
    </message>
    <message>
        <source>Anonimkan identitas pengadu pada pengaduan yang ditutup lebih dari {years} tahun yang lalu? Penghapusan tidak dapat dibatalkan.</source>
        <translation>Anonymise the complainants&apos; identity on complaints closed more than {years} years ago? Erasing cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>✓ {count} pengadu dianonimkan (pengaduan yang ditutup sebelum {day}).</source>
        <translation>✓ Complainants anonymised: {count} (complaints closed before {day}).</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>contoh: {number}</source>
        <translation>example: {number}</translation>
    </message>
    <message>
        <source>Penomoran surat</source>
        <translation>Letter numbering</translation>
    </message>
    <message>
        <source>Setiap jenis surat bernomor urut sendiri per tahun dari buku agenda. Pola memakai {klasifikasi}, {seq} (nomor urut; {seq:03d} dengan nol di depan), {tahun}, {bulan} dan {bulan_romawi}. Nomor yang sudah diberikan tidak berubah.</source>
        <translation>Each kind of letter has its own yearly sequence from the agenda book. A pattern uses {klasifikasi}, {seq} (the sequence number; {seq:03d} with leading zeros), {tahun} (year), {bulan} (month) and {bulan_romawi} (month in Roman numerals). Numbers already given do not change.</translation>
    </message>
    <message>
        <source>Jenis surat</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>Memuat penomoran surat…</source>
        <translation>Loading letter numbering…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceTimeTab</name>
    <message>
        <source>Batas waktu tindak lanjut dihitung dalam hari kerja. Mengubahnya menghitung ulang batas waktu pengaduan yang masih berjalan; setiap perubahan tercatat pada riwayat pengaduan itu. Hari libur nasional dan libur kantor diatur di tab Kalender.</source>
        <translation>The follow-up time limit counts working days. Changing it recomputes the due dates of complaints still running; each change is recorded in that complaint&apos;s history. National holidays and office days off are set in the Kalender tab.</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Simpan waktu layanan</source>
        <translation>Save service time</translation>
    </message>
    <message numerus="yes">
        <source>✓ Tersimpan. %n pengaduan yang masih berjalan mendapat batas waktu baru.</source>
        <translation>
            <numerusform>✓ Saved. %n running complaint has a new due date.</numerusform>
            <numerusform>✓ Saved. %n running complaints have a new due date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>di mana saja</source>
        <translation>anywhere</translation>
    </message>
    <message>
        <source>Pengaduan baru di tab Pengaduan Baru</source>
        <translation>A new complaint on the New Complaint tab</translation>
    </message>
    <message>
        <source>Pengaduan Baru</source>
        <translation>New Complaint</translation>
    </message>
    <message>
        <source>Simpan pengaduan</source>
        <translation>Save the complaint</translation>
    </message>
    <message>
        <source>Cetak tanda bukti pada printer terakhir</source>
        <translation>Print the receipt on the printer last used</translation>
    </message>
    <message>
        <source>Kotak pencarian daftar pengaduan</source>
        <translation>The complaint list&apos;s search box</translation>
    </message>
    <message>
        <source>kotak pencarian</source>
        <translation>search box</translation>
    </message>
    <message>
        <source>Cari sekarang dan pindah ke daftar</source>
        <translation>Search now and move to the list</translation>
    </message>
    <message>
        <source>Kosongkan pencarian (saringan lain tetap)</source>
        <translation>Empty the search (the other filters stay)</translation>
    </message>
    <message>
        <source>daftar pengaduan</source>
        <translation>complaint list</translation>
    </message>
    <message>
        <source>Buka pengaduan yang dipilih</source>
        <translation>Open the selected complaint</translation>
    </message>
    <message>
        <source>Pengaduan pertama, pengaduan terakhir</source>
        <translation>First complaint, last complaint</translation>
    </message>
    <message>
        <source>halaman pengaduan</source>
        <translation>complaint page</translation>
    </message>
    <message>
        <source>Tab berikutnya</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Tab sebelumnya</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>halaman pengaduan, Tindakan</source>
        <translation>complaint page, Action</translation>
    </message>
    <message>
        <source>Simpan tindakan yang dipilih</source>
        <translation>Save the chosen action</translation>
    </message>
    <message>
        <source>halaman pengaduan atau dialog</source>
        <translation>complaint page or dialog</translation>
    </message>
    <message>
        <source>Tutup (bertanya dulu bila ada teks belum disimpan)</source>
        <translation>Close (asks first when typed text is not saved)</translation>
    </message>
    <message>
        <source>Tab jendela sesuai urutannya</source>
        <translation>The window&apos;s tabs in order</translation>
    </message>
    <message>
        <source>formulir</source>
        <translation>forms</translation>
    </message>
    <message>
        <source>Alt + huruf bergaris bawah: ke isian itu</source>
        <translation>Alt + the underlined letter: to that field</translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>Keluar dari program</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>Daftar pintasan ini</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Pengaduan Desktop — BKAD Provinsi Kalimantan Barat. Masuk dengan nama pengguna dan kata sandi Anda; semua yang Anda kerjakan tercatat atas nama Anda.</source>
        <translation>Pengaduan Desktop — BKAD Provinsi Kalimantan Barat. Sign in with your username and password; everything you do is recorded in your name.</translation>
    </message>
    <message>
        <source>Keluar program</source>
        <translation>Quit program</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Layar dikunci karena lama tidak dipakai. Masukkan kata sandi {name} untuk melanjutkan, atau keluar dari akun.</source>
        <translation>The screen was locked after a long time unused. Enter the password of {name} to continue, or sign out.</translation>
    </message>
    <message>
        <source>Layar dikunci. Masukkan kata sandi {name} untuk melanjutkan, atau keluar dari akun.</source>
        <translation>The screen is locked. Enter the password of {name} to continue, or sign out.</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Keluar akun</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>kata sandi ini bukan milik {name}</source>
        <translation>this password is not the password of {name}</translation>
    </message>
    <message>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <source>Terlalu banyak kata sandi salah. Coba lagi dalam {wait}.</source>
        <translation>Too many wrong passwords. Try again in {wait}.</translation>
    </message>
</context>
<context>
    <name>StateMarks</name>
    <message>
        <source>Ada tahap yang batasnya hari ini atau sudah terlewat.</source>
        <translation>A step is due today or already overdue.</translation>
    </message>
    <message>
        <source>Batas tahap besok.</source>
        <translation>A step is due tomorrow.</translation>
    </message>
</context>
<context>
    <name>StepDaysDialog</name>
    <message>
        <source>Batas waktu per tahap</source>
        <translation>Deadline per step</translation>
    </message>
    <message>
        <source>Hari kerja menurut kalender kerja kantor. Batas balasan unit adalah bawaan saat disposisi dan tidak melewati batas waktu penyelesaian pengaduan.</source>
        <translation>Working days on the office&apos;s working calendar. The unit&apos;s reply deadline is the default when referring a complaint, and never goes past the complaint&apos;s deadline.</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Verifikasi sejak diterima</source>
        <translation>Verification, from receipt</translation>
    </message>
    <message>
        <source>Balasan unit sejak disposisi</source>
        <translation>Unit&apos;s reply, from referral</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>✓ Batas waktu per tahap disimpan.</source>
        <translation>✓ Deadlines per step saved.</translation>
    </message>
</context>
<context>
    <name>StepRows</name>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>berakhir, pengaduan ditutup</source>
        <translation>ended, complaint closed</translation>
    </message>
    <message>
        <source>Batas tahap</source>
        <translation>Step deadlines</translation>
    </message>
    <message>
        <source>Catat jawaban SKM…</source>
        <translation>Record SKM answers…</translation>
    </message>
    <message>
        <source>Simpan formulir SKM (PDF)…</source>
        <translation>Save SKM form (PDF)…</translation>
    </message>
    <message>
        <source>Cetak formulir SKM…</source>
        <translation>Print SKM form…</translation>
    </message>
    <message>
        <source>Survei kepuasan</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Batas waktu unit kerja membalas, dihitung dari hari disposisi; tidak melewati batas waktu penyelesaian pengaduan.</source>
        <translation>The unit&apos;s deadline to reply, counted from the day of referral; never past the complaint&apos;s deadline.</translation>
    </message>
    <message>
        <source>Batas balasan unit</source>
        <translation>Unit reply deadline</translation>
    </message>
    <message>
        <source>Belum diisi</source>
        <translation>Not filled in yet</translation>
    </message>
    <message>
        <source>Diisi {day} ({how}); nilai IKM {ikm} ({letter})</source>
        <translation>Filled in {day} ({how}); IKM score {ikm} ({letter})</translation>
    </message>
    <message>
        <source>Melewati batas waktu pengaduan: unit membalas paling lambat {due}.</source>
        <translation>Past the complaint&apos;s deadline: the unit replies by {due} at the latest.</translation>
    </message>
    <message>
        <source>Formulir disimpan ke {path}</source>
        <translation>Form saved to {path}</translation>
    </message>
    <message>
        <source>Formulir SKM dikirim ke printer.</source>
        <translation>SKM form sent to the printer.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survei Kepuasan Masyarakat — {number}</source>
        <translation>Public Satisfaction Survey (SKM) — {number}</translation>
    </message>
    <message>
        <source>Jawaban pengadu untuk sembilan unsur pelayanan (Permenpan RB 14/2017), skala 1 sampai 4.</source>
        <translation>The complainant&apos;s answers on the nine service elements (Permenpan RB 14/2017), on a scale of 1 to 4.</translation>
    </message>
    <message>
        <source>Cara pengisian</source>
        <translation>How it was filled in</translation>
    </message>
    <message>
        <source>Tanggal pengisian</source>
        <translation>Date filled in</translation>
    </message>
    <message>
        <source>Simpan jawaban</source>
        <translation>Save answers</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih jawaban untuk {codes}</source>
        <translation>Choose an answer for {codes}</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama unit kerja</source>
        <translation>Work unit name</translation>
    </message>
    <message>
        <source>Bidang dan Sub Bagian tempat pengaduan didisposisikan. Unit yang sudah menerima disposisi atau mempunyai pegawai tidak dapat dihapus, hanya dinonaktifkan.</source>
        <translation>The divisions (Bidang) and sections (Sub Bagian) complaints are referred to. A unit that has received a referral or has staff cannot be deleted, only deactivated.</translation>
    </message>
    <message>
        <source>unit kerja</source>
        <translation>work unit</translation>
    </message>
    <message>
        <source>mis. PERBEN</source>
        <translation>e.g. PERBEN</translation>
    </message>
    <message>
        <source>mis. Bidang Perbendaharaan</source>
        <translation>e.g. Bidang Perbendaharaan</translation>
    </message>
    <message>
        <source>Aktif (ditawarkan saat disposisi)</source>
        <translation>Active (offered when referring)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sudah dipakai: nonaktifkan saja.</source>
        <translation>Already in use: deactivate instead.</translation>
    </message>
</context>
<context>
    <name>UnusableDialog</name>
    <message>
        <source>Basis data tidak dapat dipakai</source>
        <translation>The database cannot be used</translation>
    </message>
    <message>
        <source>Pasang versi program yang lebih baru (minta kepada pengelola komputer), lalu buka lagi. Jangan memulihkan cadangan lama: data yang dicatat dengan versi yang lebih baru akan hilang.</source>
        <translation>Install a newer version of the program (ask the computer administrator), then open it again. Do not restore an older backup: data recorded with the newer version would be lost.</translation>
    </message>
    <message>
        <source>Berkas itu tidak diubah. Anda dapat memulihkan data dari cadangan ke berkas baru, atau keluar.</source>
        <translation>That file was not changed. You can restore the data from a backup into a new file, or quit.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <source>Tampilan kerja: bawaan, atau filter yang Anda simpan</source>
        <translation>Working view: built-in, or a filter you saved</translation>
    </message>
    <message>
        <source>Simpan tampilan…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Simpan filter, pencarian dan urutan ini dengan nama</source>
        <translation>Save these filters, search and sort order under a name</translation>
    </message>
    <message>
        <source>Ganti nama…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Hapus tampilan</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Tampilan:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>Pengaduan saya</source>
        <translation>My complaints</translation>
    </message>
    <message>
        <source>Semua terbuka</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Jatuh tempo minggu ini</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Semua pengaduan</source>
        <translation>All complaints</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan tampilan</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Nama tampilan (nama yang sama menggantinya):</source>
        <translation>Name of the view (the same name replaces it):</translation>
    </message>
    <message>
        <source>Ganti nama tampilan</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <source>Nama baru:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Hapus tampilan tersimpan “{name}”? Pengaduannya tidak berubah.</source>
        <translation>Delete the saved view “{name}”? Its complaints are not changed.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Terjadi kesalahan program. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi (catatan juga tersimpan di {log}). Data yang sudah tersimpan tidak hilang.</source>
        <translation>The program ran into an error. Copy the details below and send them to the application&apos;s administrator (they are also kept in {log}). Data already saved is not lost.</translation>
    </message>
    <message>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>field_checks</name>
    <message>
        <source>nomor identitas hanya boleh berisi angka</source>
        <translation>the identity number may contain digits only</translation>
    </message>
    <message>
        <source>{count} dari 16 digit NIK</source>
        <translation>{count} of the NIK&apos;s 16 digits</translation>
    </message>
    <message>
        <source>✓ NIK sah — {place}</source>
        <translation>✓ valid NIK — {place}</translation>
    </message>
    <message>
        <source>{count} digit; SIM 12–14 digit atau 16 digit (NIK)</source>
        <translation>{count} digits; a SIM has 12–14 digits, or 16 (the NIK)</translation>
    </message>
    <message>
        <source>15 digit; SIM 12–14 digit atau 16 digit (NIK)</source>
        <translation>15 digits; a SIM has 12–14 digits, or 16 (the NIK)</translation>
    </message>
    <message>
        <source>✓ nomor SIM sah</source>
        <translation>✓ valid SIM number</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Tidak berhasil</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
