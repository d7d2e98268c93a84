from pengaduan_desktop.cli import main

# The guard matters: `demo` starts a helper process that re-imports this module.
if __name__ == "__main__":
    raise SystemExit(main())
