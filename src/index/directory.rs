//! The index folder as tantivy sees it: tantivy's memory-mapped directory, with three changes —
//! readers open an index they cannot write to (a read-only mount, another user's index), the
//! files tantivy replaces atomically (`meta.json`) are as readable as its segments, and the
//! document stores (records and texts, the bulk of an index) are read block by block with
//! `pread` instead of being mapped, so that reading a whole archive (`export`, `report`, a
//! no-op `ingest`) does not keep every page of it resident in the process. An ingest reads
//! postings and positions that way too ([`Postings::Read`]): its merges read whole segments,
//! and every page of a mapped segment they read would stay resident as long as the segment
//! is open.

use super::folder::MANIFEST_FILE;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, META_LOCK, MmapDirectory, OwnedBytes,
    WatchCallback, WatchHandle, WritePtr,
};

/// The longest wait for tantivy's meta lock before going on without it.
const META_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// How the files of postings and positions (`*.idx`, `*.pos`) are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Postings {
    /// Mapped: searches read a few terms' postings each, without copying them.
    Mapped,
    /// With `pread`, a term's range at a time: merges read every term of a segment once, and
    /// the memory of each is freed after it.
    Read,
}

/// tantivy's directory for the index folder `root` (see the module documentation).
#[derive(Debug, Clone)]
pub(crate) struct IndexDirectory {
    inner: MmapDirectory,
    root: PathBuf,
    postings: Postings,
}

impl IndexDirectory {
    /// The directory of the index folder `root`, reading postings as `postings` says.
    pub(crate) fn open(root: &Path, postings: Postings) -> tantivy::Result<IndexDirectory> {
        Ok(IndexDirectory {
            inner: MmapDirectory::open(root)?,
            root: root.to_path_buf(),
            postings,
        })
    }

    /// True for the files read with `pread` rather than mapped.
    fn is_read(&self, path: &Path) -> bool {
        match path.extension().and_then(|e| e.to_str()) {
            Some("store") => true,
            Some("idx" | "pos") => self.postings == Postings::Read,
            _ => false,
        }
    }
}

/// True for the errors of writing where writing is not allowed.
fn is_read_only(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// A file read with `pread` (positioned reads into owned buffers) rather than mapped.
#[derive(Debug)]
struct ReadFile {
    file: std::fs::File,
    len: usize,
}

impl tantivy::HasLen for ReadFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for ReadFile {
    fn read_bytes(&self, range: std::ops::Range<usize>) -> io::Result<OwnedBytes> {
        let end = range.end.min(self.len);
        let mut buffer = vec![0; end.saturating_sub(range.start)];
        if !buffer.is_empty() {
            read_at(&self.file, &mut buffer, range.start as u64)?;
        }
        Ok(OwnedBytes::new(buffer))
    }
}

#[cfg(unix)]
fn read_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.read_exact_at(buffer, offset)
}

/// Windows: `seek_read` reads at an offset without a shared cursor (a cloned handle shares its
/// position, so two searches reading the same store at once would read each other's bytes).
#[cfg(windows)]
fn read_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    use std::os::windows::fs::FileExt;
    let mut done = 0;
    while done < buffer.len() {
        let n = file.seek_read(&mut buffer[done..], offset + done as u64)?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        done += n;
    }
    Ok(())
}

/// Other systems: a cloned handle, sought and read under one lock (its cursor may be shared).
#[cfg(not(any(unix, windows)))]
fn read_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    use std::io::{Read, Seek};
    static CURSOR: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = CURSOR
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut file = file.try_clone()?;
    file.seek(io::SeekFrom::Start(offset))?;
    file.read_exact(buffer)
}

impl Directory for IndexDirectory {
    /// Document stores (`*.store`), and in an ingest postings and positions, are read with
    /// `pread`; every other file is mapped.
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        if self.is_read(path) {
            let full = self.root.join(path);
            let opened = std::fs::File::open(&full).and_then(|file| {
                let len = usize::try_from(file.metadata()?.len()).map_err(io::Error::other)?;
                Ok(ReadFile { file, len })
            });
            return match opened {
                Ok(f) => Ok(Arc::new(f)),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    Err(OpenReadError::FileDoesNotExist(path.to_path_buf()))
                }
                Err(e) => Err(OpenReadError::wrap_io_error(e, path.to_path_buf())),
            };
        }
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    /// Written as tantivy writes it (a private temporary file renamed), then given the
    /// permissions of the manifest, which are those of every file written normally.
    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)?;
        if let Ok(md) = std::fs::metadata(self.root.join(MANIFEST_FILE)) {
            std::fs::set_permissions(self.root.join(path), md.permissions())?;
        }
        Ok(())
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    /// The meta lock keeps a writer from deleting files while a reader opens them; a reader
    /// that cannot create it (a read-only folder, where no writer deletes anything either)
    /// goes on without it, and so does anyone who waited [`META_LOCK_WAIT`] for it: it is held
    /// for milliseconds, so a holder that long is a process stopped mid-commit (`kill -STOP`,
    /// a suspended laptop), and waiting on it would hang every reader. The writer's lock is
    /// never skipped.
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        if lock.filepath != META_LOCK.filepath {
            return self.inner.acquire_lock(lock);
        }
        let try_once = Lock {
            filepath: lock.filepath.clone(),
            is_blocking: false,
        };
        let started = std::time::Instant::now();
        loop {
            match self.inner.acquire_lock(&try_once) {
                Err(LockError::LockBusy) if lock.is_blocking => {
                    if started.elapsed() >= META_LOCK_WAIT {
                        return Ok(DirectoryLock::from(Box::new(())));
                    }
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(LockError::IoError(e)) if is_read_only(&e) => {
                    return Ok(DirectoryLock::from(Box::new(())));
                }
                other => return other,
            }
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ingest_reads_postings_and_positions_and_a_search_maps_them() {
        let dir = tempfile::tempdir().unwrap();
        let ingest = IndexDirectory::open(dir.path(), Postings::Read).unwrap();
        let search = IndexDirectory::open(dir.path(), Postings::Mapped).unwrap();
        for file in ["a.idx", "a.pos", "a.store"] {
            assert!(ingest.is_read(Path::new(file)), "{file}");
        }
        assert!(search.is_read(Path::new("a.store")));
        for file in [
            "a.idx",
            "a.pos",
            "a.term",
            "a.fast",
            "a.fieldnorm",
            "meta.json",
        ] {
            assert!(!search.is_read(Path::new(file)), "{file}");
        }
        assert!(!ingest.is_read(Path::new("a.term")));
    }

    #[test]
    fn a_reader_does_not_wait_forever_on_a_meta_lock_held_by_a_stopped_process() {
        let dir = tempfile::tempdir().unwrap();
        crate::index::Index::open_or_create(dir.path()).unwrap();
        // another holder of the meta lock (as a writer stopped mid-commit would be)
        let holder = MmapDirectory::open(dir.path()).unwrap();
        let held = holder
            .acquire_lock(&Lock {
                filepath: META_LOCK.filepath.clone(),
                is_blocking: false,
            })
            .unwrap();
        let path = dir.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(crate::index::Index::open(&path).map(|i| i.num_docs()));
        });
        let opened = rx.recv_timeout(std::time::Duration::from_secs(20));
        drop(held);
        assert!(
            matches!(opened, Ok(Ok(0))),
            "the reader hung or failed: {opened:?}"
        );
    }
}
