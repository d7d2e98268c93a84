from pengaduan_desktop.cli import main

raise SystemExit(main())
