"""Realistic synthetic complaints for demonstrations and benchmarks (`pengaduan demo`)."""

from __future__ import annotations

import marshal
import multiprocessing
import random
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from queue import Empty
from typing import Any

from sqlalchemy import Engine, func, select, update

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.bulk import (
    Batch,
    collector_paused,
    rebuild_pays,
    sync_id_sequences,
    write_complaints,
)
from pengaduan_desktop.core.calendar import WorkingCalendar
from pengaduan_desktop.core.catalogue import Kind, active_names
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.demo_office import fill_example_office
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.identity import KALBAR_REGENCIES
from pengaduan_desktop.core.lifecycle import due_date
from pengaduan_desktop.core.models import (
    Complainant,
    Complaint,
    Counter,
    Event,
    Unit,
)
from pengaduan_desktop.core.numbering import format_tracking_number
from pengaduan_desktop.core.office import load_calendar, profile
from pengaduan_desktop.core.officers import OfficerData, add_officer, officers
from pengaduan_desktop.core.privacy import list_copy
from pengaduan_desktop.core.rejection import RejectionKind, rejection_summary
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import (
    CLOSED_STATUSES,
    Channel,
    EventKind,
    Role,
    Status,
)

BATCH = 20_000
PARALLEL_FROM = 100_000
LOCAL_OFFSET = timedelta(hours=7)  # Asia/Pontianak has no daylight saving time
OPENS, CLOSES = timedelta(hours=7, minutes=30), timedelta(hours=15, minutes=30)
DAY = 86_400.0
FIRST = (
    "Ahmad", "Budi", "Siti", "Nurhayati", "Rizky", "Dewi", "Hendra", "Yohanes", "Agustinus",
    "Lim", "Tjhai", "Bong", "Fransiska", "Maria", "Syarif", "Utin", "Dayang", "Abang", "Wahyu",
    "Sri", "Rahmawati", "Fitri", "Heri", "Antonius", "Stefanus", "Veronika", "Kurniawan",
    "Andi", "Muhammad", "Nur", "Eka", "Yuliana", "Paulus", "Florentina", "Hasan", "Aisyah",
)  # fmt: skip
LAST = (
    "Alkadrie", "Pratama", "Saputra", "Wijaya", "Lim", "Setiawan", "Kurniawati", "Rahman",
    "Hidayat", "Siregar", "Nainggolan", "Hartono", "Tan", "Sulaiman", "Ismail", "Daeng",
    "Ngadiman", "Sutrisno", "Jalung", "Ding", "Acui", "Kasim", "Ranti", "Handoko", "Junaidi",
)  # fmt: skip
STREETS = (
    "Jl. Ahmad Yani", "Jl. Gajah Mada", "Jl. Tanjungpura", "Jl. Imam Bonjol", "Jl. Sungai Raya",
    "Jl. Adisucipto", "Jl. Kom. Yos Sudarso", "Jl. Sultan Abdurrahman", "Jl. Diponegoro",
    "Jl. Hijas", "Jl. Karya Baru", "Jl. Parit Haji Husin", "Jl. Pahlawan", "Jl. Veteran",
)  # fmt: skip
SUMMARIES = (
    ("Pencairan SP2D terlambat", "Pencairan dana kegiatan belum diterima melewati jadwal."),
    ("Persyaratan hibah tidak jelas", "Informasi persyaratan pengajuan hibah berbeda-beda."),
    ("Petugas tidak ramah", "Petugas loket bersikap kurang ramah saat melayani."),
    ("Antrean pelayanan lama", "Menunggu lebih dari dua jam di ruang pelayanan."),
    ("Data aset tidak sesuai", "Data barang milik daerah pada kartu inventaris tidak sesuai."),
    ("Informasi anggaran sulit diakses", "Dokumen anggaran tidak tersedia di laman resmi."),
    ("Ruang tunggu tidak nyaman", "Kursi ruang tunggu kurang dan pendingin ruangan rusak."),
    ("Bantuan sosial belum cair", "Bantuan sosial yang telah disetujui belum ditransfer."),
    ("Telepon pengaduan tidak diangkat", "Nomor telepon pengaduan tidak menjawab pada jam kerja."),
    ("Biaya tidak resmi diminta", "Ada permintaan uang untuk mempercepat proses berkas."),
)  # fmt: skip
RESULTS = (
    "Telah dikoordinasikan dengan bidang terkait dan permasalahan telah diselesaikan.",
    "Pengadu telah dihubungi dan diberi penjelasan mengenai prosedur yang berlaku.",
    "Berkas telah diproses dan dana telah disalurkan ke rekening penerima.",
    "Petugas yang bersangkutan telah dibina oleh atasan langsung.",
)
CHANNEL_WEIGHTS = {
    Channel.TATAP_MUKA: 30, Channel.KOTAK_PENGADUAN: 8, Channel.SURAT: 12, Channel.TELEPON: 15,
    Channel.FAKS: 2, Channel.EMAIL: 13, Channel.LAPOR: 20,
}  # fmt: skip

# Why the demo's rejected complaints were rejected (kind, reason from the starting list, detail).
REJECTIONS = (
    ("kewenangan", "Bukan kewenangan BKAD", "Badan Pendapatan Daerah Provinsi Kalimantan Barat"),
    ("tidak_lengkap", "Pengaduan tidak lengkap",
     "fotokopi KTP pengadu dan uraian kejadian (waktu dan tempat)"),
    ("kewenangan", "Bukan kewenangan BKAD",
     "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat"),
)  # fmt: skip


class FastRandom(random.Random):
    """random.Random with cheaper choice/randint (the stdlib ones cost ~1 µs each)."""

    def pick(self, seq: Any) -> Any:
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))


BIRTH_BASE = date(1950, 1, 1)


def random_nik(rng: FastRandom, regencies: Sequence[str]) -> str:
    rand = rng.random  # rng.between and rng.pick inlined: this runs for most complaints
    born = BIRTH_BASE + timedelta(days=int(rand() * (365 * 55 + 1)))
    day = born.day + (40 if rand() < 0.5 else 0)
    return (f"{regencies[int(rand() * len(regencies))]}{1 + int(rand() * 15):02d}{day:02d}"
            f"{born.month:02d}{born.year % 100:02d}{1 + int(rand() * 9999):04d}")  # fmt: skip


class _Ctx:
    def __init__(self, engine: Engine, seed: int, now: datetime) -> None:
        self.rng = FastRandom(seed)
        self.now = now
        self.naive_now = now.astimezone(UTC).replace(tzinfo=None)
        self.desk = _ensure_desk_officers(engine)
        with writing(engine) as session:
            office = profile(session)
            self.services = tuple(active_names(session, Kind.SERVICE))
            self.categories = tuple(active_names(session, Kind.CATEGORY))
            if not self.services or not self.categories:
                raise InvalidValue("demo.no_entries")
            self.sla = office.sla_days
            self.calendar: WorkingCalendar = load_calendar(session)
            self.manager = office.default_officer_id or 1
            self.units = list(session.scalars(select(Unit.id).where(Unit.active)))
        self.next: dict[str, int] = {}
        self.sequences: dict[int, int] = {}
        self._due: dict[date, date] = {}
        self.today = now.astimezone(LOCAL_TZ).date()

    def take_numbering(self, session: Any) -> None:
        """Inside the demo's write transaction, before any row is made: where each year's
        tracking numbers and each table's ids go on. SQLite holds the write lock already;
        PostgreSQL locks the counters and the three tables against other writers (readers go
        on) until the commit, so no desk takes a number or an id the demo is about to use."""
        conn = session.connection()
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            conn.exec_driver_sql(
                "LOCK TABLE counter, complainant, complaint, event IN SHARE ROW EXCLUSIVE MODE"
            )
        for table, model in (("complaint", Complaint), ("complainant", Complainant),
                             ("event", Event)):  # fmt: skip
            largest = session.scalar(select(func.max(model.id))) or 0
            if postgres:  # an id a desk drew before the lock, not inserted yet
                drawn = conn.exec_driver_sql("SELECT pg_sequence_last_value("
                    f"pg_get_serial_sequence('{table}', 'id')::regclass)").scalar()  # fmt: skip
                largest = max(largest, drawn or 0)
            self.next[table] = largest + 1
        self.sequences = {
            int(c.name.split("-")[1]): c.value
            for c in session.scalars(select(Counter).where(Counter.name.like("complaint-%")))
        }

    def due(self, day: date) -> date:
        found = self._due.get(day)
        if found is None:
            found = self._due[day] = due_date(self.calendar, day, self.sla)
        return found


# The demo's desk officers, added through the office's one door (core.officers).
DESK_OFFICERS = (
    ("Rina Marlina", "198501152010012001"),
    ("Yusuf Alkadrie", "198602152010011002"),
    ("Theresia Lusi", "198703152010012003"),
)


def _ensure_desk_officers(engine: Engine) -> list[int]:
    found = [o.id for o in officers(engine) if o.data.role == Role.PETUGAS and o.data.active]
    for name, nip in DESK_OFFICERS[len(found) :]:
        data = OfficerData(name=name, nip=nip, jabatan="Pengadministrasi Umum",
                           role=Role.PETUGAS, pangkat="Pengatur (II/c)")  # fmt: skip
        found.append(add_officer(engine, data, None))
    return found


def generate(
    engine: Engine,
    count: int,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Insert `count` complaints received over the last 12 months; returns how many."""
    if count < 1:
        raise InvalidValue("demo.count")
    ctx = _Ctx(engine, seed, now or now_utc())
    with collector_paused(), writing(engine) as session:
        fill_example_office(session)  # so that the demo database can print
        ctx.take_numbering(session)
        first = ctx.next["complaint"]
        # Large runs make rows in a second process while this one writes (two cores, one pipe).
        batches = _batches_in_child(ctx, count) if count >= PARALLEL_FROM else _batches(ctx, count)
        conn = session.connection()
        done = write_complaints(
            conn, batches, first, rebuild_indexes=rebuild_pays(first - 1, count),
            progress=(lambda done: progress(done, count)) if progress else None,
        )  # fmt: skip
        sync_id_sequences(conn, ("complainant", "complaint", "event"))
        _save_counters(session, ctx.sequences)
        audit.append(session, audit.Action.DEMO, "demo", {"jumlah": done, "benih": seed}, None)
    return done


def _batches(ctx: _Ctx, count: int) -> Iterator[Batch]:
    """Receipt times spread evenly over the last year, in time order: each batch draws its own
    slice of the year, so the first rows are ready without sorting a million first. Each time
    of day is squeezed into the desk's hours (a complaint is received when an officer records
    it), which keeps the order."""
    span = DAY * 365
    start_local = ctx.naive_now - timedelta(days=365) + LOCAL_OFFSET
    midnight = start_local.replace(hour=0, minute=0, second=0, microsecond=0)
    anchor = midnight - LOCAL_OFFSET  # local midnight of the first day, in UTC
    into_day = (start_local - midnight).total_seconds()
    opens, hours = OPENS.total_seconds(), (CLOSES - OPENS).total_seconds()
    for offset in range(0, count, BATCH):
        size = min(BATCH, count - offset)
        low, width = span * offset / count, span * size / count
        moments = []
        for s in sorted(into_day + low + ctx.rng.random() * width for _ in range(size)):
            day, second = divmod(s, DAY)
            moments.append(anchor + timedelta(seconds=day * DAY + opens + second / DAY * hours))
        yield _rows(ctx, moments)


def _produce(ctx: _Ctx, count: int, queue: Any) -> None:
    try:
        for batch in _batches(ctx, count):
            queue.put(marshal.dumps(batch))  # several times cheaper to load than a pickle
        queue.put(ctx.sequences)  # the last message: where each year's numbering stopped
    except BaseException as exc:
        queue.put(exc)
        raise


def _batches_in_child(ctx: _Ctx, count: int) -> Iterator[Batch]:
    mp = multiprocessing.get_context("spawn")
    queue = mp.Queue(maxsize=4)
    child = mp.Process(target=_produce, args=(ctx, count, queue), daemon=True)
    child.start()
    try:
        while True:
            try:
                item = queue.get(timeout=5)
            except Empty:
                if not child.is_alive():
                    raise RuntimeError("pembuat data contoh berhenti tiba-tiba") from None
                continue
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, dict):
                ctx.sequences = item
                return
            yield marshal.loads(item)
    finally:
        child.join(timeout=10)
        if child.is_alive():
            child.terminate()


def _save_counters(session: Any, sequences: dict[int, int]) -> None:
    for year, value in sequences.items():
        name = f"complaint-{year}"
        if session.get(Counter, name) is None:
            session.add(Counter(name=name, value=value))
        else:
            session.execute(update(Counter).where(Counter.name == name).values(value=value))


# Plain strings, not enum members: cheaper in the hot loop, and rows cross to the writing
# process with marshal.
KOTAK, TATAP_MUKA, TELEPON, LAPOR, SURAT = (
    Channel.KOTAK_PENGADUAN.value, Channel.TATAP_MUKA.value, Channel.TELEPON.value,
    Channel.LAPOR.value, Channel.SURAT.value,
)  # fmt: skip
DITERIMA, DITOLAK = Status.DITERIMA.value, Status.DITOLAK.value
SELESAI, DIESKALASI = Status.SELESAI.value, Status.DIESKALASI.value
DITINDAKLANJUTI = Status.DITINDAKLANJUTI.value
CHANNEL_POOL = tuple(c.value for c, weight in CHANNEL_WEIGHTS.items() for _ in range(weight))
REGENCIES = tuple(KALBAR_REGENCIES)


def _rows(ctx: _Ctx, moments: list[datetime]) -> tuple[list[Any], list[Any], list[Any]]:
    """The rows of one batch. The hot loop of `demo`: picks are inlined index arithmetic."""
    rng = ctx.rng
    rand = rng.random
    units, desks = ctx.units, ctx.desk
    services, categories = ctx.services, ctx.categories
    people: list[Any] = []
    complaints: list[Any] = []
    events: list[Any] = []
    for received in moments:  # naive UTC
        local_day = (received + LOCAL_OFFSET).date()
        year = local_day.year
        sequence = ctx.sequences.get(year, 0) + 1
        ctx.sequences[year] = sequence
        cid, pid = ctx.next["complaint"], ctx.next["complainant"]
        ctx.next["complaint"] += 1
        ctx.next["complainant"] += 1
        channel = CHANNEL_POOL[int(rand() * len(CHANNEL_POOL))]
        anonymous = channel == KOTAK and rand() < 0.4
        name = ("" if anonymous else
                f"{FIRST[int(rand() * len(FIRST))]} {LAST[int(rand() * len(LAST))]}")  # fmt: skip
        has_id = not anonymous and (channel == TATAP_MUKA or rand() < 0.5)
        id_type = ("KTP" if rand() < 0.85 else "SIM") if has_id else ""
        number = random_nik(rng, REGENCIES) if has_id else ""
        mobile = f"8{11 + int(rand() * 49)}{1000000 + int(rand() * 99000000)}"
        phone = "+62" + mobile  # for search; printed as an officer would type it
        typed = f"0{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"
        address = (f"{STREETS[int(rand() * len(STREETS))]} No. {1 + int(rand() * 250)}, "
                   f"{KALBAR_REGENCIES[REGENCIES[int(rand() * len(REGENCIES))]]}")  # fmt: skip
        email = f"{name.split(' ')[0].lower()}{1 + int(rand() * 999)}@contoh.id" if name else ""
        people.append((pid, name, id_type, number, address, phone, typed, email))
        summary, description = SUMMARIES[int(rand() * len(SUMMARIES))]
        due = ctx.due(local_day)
        status, closed_at, result = _fate(ctx, received, due)
        closed = closed_at.isoformat(" ", "microseconds") if closed_at else None  # timestamp()
        rejected = ("", "", "")
        if status == DITOLAK:
            rejected = REJECTIONS[sequence % len(REJECTIONS)]
            kind, reason, detail = rejected
            result = rejection_summary(reason, RejectionKind(kind), detail)
        at = received.isoformat(" ", "microseconds")  # bulk.timestamp, inlined
        unit = units[int(rand() * len(units))] if status != DITERIMA else None
        desk = desks[int(rand() * len(desks))]
        service = services[int(rand() * len(services))]
        category = categories[int(rand() * len(categories))]
        secret = rand() < 0.05
        complaints.append((
            cid, format_tracking_number(year, sequence), year, sequence, at, channel,
            "lisan" if channel in (TATAP_MUKA, TELEPON) else "tertulis", service, category,
            summary, description, "", "", "", None, pid, list_copy(name, anonymous, secret),
            int(anonymous), int(secret),
            f"LAPOR-{year}{100000 + int(rand() * 900000)}" if channel == LAPOR else "",
            f"{1 + int(rand() * 900)}/{year}" if channel == SURAT else "",
            ctx.manager, desk, unit, status, local_day.isoformat(), due.isoformat(), closed, result,
            at, closed or at, 1, *rejected,
        ))  # fmt: skip
        events.extend(_events(ctx, cid, received, at, status, closed_at, result, desk, due))
    return people, complaints, events


_CLOSED = frozenset(s.value for s in CLOSED_STATUSES)
_RECENT_STATUSES = tuple(
    s.value for s in (Status.DITERIMA, Status.DIVERIFIKASI, Status.DIDISPOSISIKAN,
                      Status.DITINDAKLANJUTI, Status.SELESAI, Status.SELESAI)
)  # fmt: skip


def _fate(ctx: _Ctx, received: datetime, due: date) -> tuple[str, datetime | None, str]:
    rng = ctx.rng
    rand = rng.random  # rng.between and rng.pick inlined
    overdue = due < ctx.today
    # Complaints long past their due date have nearly all been settled by now; the recent
    # ones are where open, late and escalated complaints sit (as at a real desk).
    settled = (0.90, 0.98, 0.995) if (ctx.today - due).days > 45 else (0.80, 0.88, 0.94)
    roll = rand()
    if not overdue:
        status = _RECENT_STATUSES[int(rand() * len(_RECENT_STATUSES))]
    elif roll < settled[0]:
        status = SELESAI
    elif roll < settled[1]:
        status = DITOLAK
    elif roll < settled[2]:
        status = DIESKALASI
    else:
        status = DITINDAKLANJUTI
    if status not in _CLOSED:
        return status, None, ""
    late = overdue and rand() < 0.15
    days = 1 + int(rand() * 4) if not late else 8 + int(rand() * 7)
    closed = min(received + timedelta(days=days, hours=int(rand() * 7)), ctx.naive_now)
    return status, closed, RESULTS[int(rand() * len(RESULTS))]


_RECEIVED = (EventKind.RECEIVED.value, "")
_PROGRESS = (
    (EventKind.VERIFIED.value, ""),
    (EventKind.DISPOSED.value, "Mohon ditindaklanjuti."),
    (EventKind.FOLLOW_UP.value, "Sedang ditangani bidang terkait."),
)
_ESCALATED = (EventKind.ESCALATED.value, "Batas waktu terlampaui; diteruskan ke Gubernur.")
# The timeline each status implies; a closing step's text (None) is the complaint's result.
# Plain strings, not enum members: rows cross to the writing process with marshal.
_STEPS: dict[str, tuple[tuple[str, str | None], ...]] = {
    Status.DITERIMA.value: (_RECEIVED,),
    Status.DIVERIFIKASI.value: (_RECEIVED, *_PROGRESS[:1]),
    Status.DIDISPOSISIKAN.value: (_RECEIVED, *_PROGRESS[:2]),
    Status.DITINDAKLANJUTI.value: (_RECEIVED, *_PROGRESS),
    # Resolved straight from the disposition, as most are (resolve is allowed from there).
    Status.SELESAI.value: (_RECEIVED, *_PROGRESS[:2], (EventKind.RESOLVED.value, None)),
    Status.DITOLAK.value: (_RECEIVED, *_PROGRESS[:1], (EventKind.REJECTED.value, None)),
    Status.DIESKALASI.value: (_RECEIVED, *_PROGRESS[:2], _ESCALATED),
}


def _events(ctx: _Ctx, cid: int, received: datetime, at: str, status: str,
            closed: datetime | None, result: str, desk: int, due: date) -> list[Any]:  # fmt: skip
    """The complaint's timeline; `at` is `received` as text (the first event's time)."""
    steps = _STEPS[status]
    first = ctx.next["event"]
    ctx.next["event"] = first + len(steps)
    if len(steps) == 1:  # received only
        return [(first, cid, steps[0][0], desk, at, steps[0][1])]
    end = closed or min(received + timedelta(days=len(steps)), ctx.naive_now)
    if status == DIESKALASI:  # escalated once overdue: the working day after due
        after_due = datetime.combine(due + timedelta(days=1), time(2, 0))  # 09:00 WIB
        end = min(max(end, after_due), ctx.naive_now)
    gap = (end - received) / (len(steps) - 1)
    manager = ctx.manager
    rows = [(first, cid, steps[0][0], desk, at, steps[0][1])]
    for i in range(1, len(steps)):
        kind, text = steps[i]
        rows.append((first + i, cid, kind, manager,
                     (received + gap * i).isoformat(" ", "microseconds"),
                     result if text is None else text))  # fmt: skip
    return rows
