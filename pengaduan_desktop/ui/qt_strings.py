"""Indonesian for Qt's own strings (dialog buttons, file and print dialogs).

Qt ships no Indonesian translation of qtbase, so the buttons of a message box or a file dialog
would read "Cancel" and "Save" in an Indonesian screen. This translator answers the strings an
officer meets; anything else falls through to Qt's English."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

STRINGS = {
    "OK": "OK",
    "&OK": "&OK",
    "Save": "Simpan",
    "&Save": "&Simpan",
    "Save All": "Simpan Semua",
    "Open": "Buka",
    "&Open": "&Buka",
    "&Yes": "&Ya",
    "Yes": "Ya",
    "&No": "&Tidak",
    "No": "Tidak",
    "Yes to &All": "Ya untuk &Semua",
    "N&o to All": "T&idak untuk Semua",
    "Abort": "Batalkan",
    "Retry": "Coba Lagi",
    "Ignore": "Abaikan",
    "Close": "Tutup",
    "Cancel": "Batal",
    "&Cancel": "&Batal",
    "Discard": "Buang",
    "Don't Save": "Jangan Simpan",
    "Help": "Bantuan",
    "Apply": "Terapkan",
    "Reset": "Atur Ulang",
    "Restore Defaults": "Kembalikan Bawaan",
    "Show Details...": "Tampilkan Rincian…",
    "Hide Details...": "Sembunyikan Rincian…",
    "Look in:": "Cari di:",
    "&Look in:": "&Cari di:",
    "Files of &type:": "&Jenis berkas:",
    "File &name:": "&Nama berkas:",
    "Files of type:": "Jenis berkas:",
    "Save As": "Simpan Sebagai",
    "Back": "Kembali",
    "Forward": "Maju",
    "Parent Directory": "Folder Induk",
    "Create New Folder": "Buat Folder Baru",
    "&New Folder": "Folder &Baru",
    "New Folder": "Folder Baru",
    "List View": "Tampilan Daftar",
    "Detail View": "Tampilan Rinci",
    "Name": "Nama",
    "Size": "Ukuran",
    "Type": "Jenis",
    "Date Modified": "Tanggal Diubah",
    "My Computer": "Komputer",
    "Computer": "Komputer",
    "Print": "Cetak",
    "&Print": "&Cetak",
    "Printer": "Printer",
    "&Name:": "&Nama:",
    "P&roperties": "P&roperti",
    "Location:": "Lokasi:",
    "Type:": "Jenis:",
    "Output &file:": "&Berkas keluaran:",
    "Print range": "Rentang cetak",
    "Print all": "Cetak semua",
    "Pages from": "Halaman dari",
    "to": "sampai",
    "Copies": "Salinan",
    "Copies:": "Salinan:",
    "Collate": "Susun",
    "Options": "Pilihan",
    "Print to File (PDF)": "Cetak ke Berkas (PDF)",
    "&Options >>": "&Pilihan >>",
    "Output Settings": "Pengaturan keluaran",
    "Page Set:": "Halaman:",
    "All Pages": "Semua halaman",
    "Odd Pages": "Halaman ganjil",
    "Even Pages": "Halaman genap",
    "Double Sided Printing": "Cetak bolak-balik",
    "Off": "Mati",
    "Long side binding": "Jilid sisi panjang",
    "Short side binding": "Jilid sisi pendek",
    "Pages per sheet:": "Halaman per lembar:",
    "Page order:": "Urutan halaman:",
    "&Options <<": "&Pilihan <<",
    "Current Page": "Halaman ini",
    "Selection": "Pilihan teks",
    "Pages": "Halaman",
    "Color Mode": "Mode warna",
    "Color": "Berwarna",
    "Grayscale": "Hitam putih",
    "Duplex Printing": "Cetak bolak-balik",
    "None": "Tidak",
    "Long side": "Sisi panjang",
    "Short side": "Sisi pendek",
    "Reverse": "Urutan terbalik",
    "Print Preview": "Pratinjau Cetak",
    "Next page": "Halaman berikutnya",
    "Previous page": "Halaman sebelumnya",
    "First page": "Halaman pertama",
    "Last page": "Halaman terakhir",
    "Fit width": "Sesuaikan lebar",
    "Fit page": "Sesuaikan halaman",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "Show single page": "Satu halaman",
    "Show facing pages": "Dua halaman berhadapan",
    "Show overview of all pages": "Semua halaman",
    "Page setup": "Pengaturan halaman",
    "Page Setup": "Pengaturan Halaman",
    "Paper": "Kertas",
    "Orientation": "Orientasi",
    "Portrait": "Tegak",
    "Landscape": "Mendatar",
    "&Undo": "&Urungkan",
    "&Redo": "Ulan&gi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Delete": "Hapus",
    "Select All": "Pilih Semua",
    # The file dialog's and the print dialog's questions (an existing file, a missing one).
    "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti dengan yang baru?",
    "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa dengan yang baru?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": (
        "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya."
    ),
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
        "%1\nFolder tidak ditemukan.\nPeriksa kembali nama foldernya."
    ),
    "%1 is a directory.\nPlease choose a different file name.": (
        "%1 adalah folder.\nPilih nama berkas yang lain."
    ),
    "File %1 is not writable.\nPlease choose a different file name.": (
        "Berkas %1 tidak dapat ditulisi.\nPilih nama berkas yang lain."
    ),
    "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
    "All files (*)": "Semua berkas (*)",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "Directory:": "Folder:",
    "Recent Places": "Tempat Terakhir",
    "&Choose": "&Pilih",
    "&Rename": "&Ganti nama",
    "&Delete": "&Hapus",
}


def _is_qt_context(context: str) -> bool:
    """Qt's own classes (QDialogButtonBox, QPlatformTheme, QFileDialog, …) name the contexts of
    its strings; the program's classes never start with "Q" and a capital."""
    return len(context) > 1 and context[0] == "Q" and context[1].isupper()


class QtStringsIndonesian(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not _is_qt_context(context):  # our own "No" (a row number) is not Qt's "No"
            return None
        return STRINGS.get(source)

    def isEmpty(self) -> bool:
        return False
