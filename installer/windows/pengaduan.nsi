; Windows installer of Pengaduan Desktop (NSIS 3, Unicode). Built by installer/build-bundle.sh
; on Windows, or by hand:
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\pengaduan -DOUTFILE=dist\pengaduan-desktop-0.1.0-setup.exe installer\windows\pengaduan.nsi
; BUNDLE is the PyInstaller folder (dist\pengaduan: pengaduan.exe, pengaduan-desktop.exe,
; _internal\). installer/test.sh compiles this script on Linux with Debian's makensis against a
; stand-in folder, so its syntax is checked on every CI run.
;
; The program lives in the install folder only. The database, the daily backups and the logs
; live in the user's folder (%LOCALAPPDATA%\BKAD Kalbar\pengaduan-desktop, platformdirs'
; user_data_dir): neither an upgrade nor the uninstaller ever touches them.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z (pengaduan_desktop.__version__)"
!endif
!ifndef BUNDLE
  !error "pass -DBUNDLE=path\to\dist\pengaduan (the PyInstaller folder)"
!endif
!ifndef OUTFILE
  !define OUTFILE "pengaduan-desktop-${VERSION}-setup.exe"
!endif

!define APP "Pengaduan Desktop"
!define COMPANY "BKAD Provinsi Kalimantan Barat"
!define GUI_EXE "pengaduan-desktop.exe"
!define CLI_EXE "pengaduan.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PengaduanDesktop"
!define APP_KEY "Software\BKAD Kalbar\Pengaduan Desktop"
; Backups are ordinary ZIP files (pengaduan-YYYY-MM-DD.zip, core/backup_rotation.py). ZIP stays
; Explorer's: the program is only added to ".zip > Open with", under this ProgID.
!define BACKUP_PROGID "PengaduanDesktop.Cadangan"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${COMPANY}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "CompanyName" "${COMPANY}"
VIAddVersionKey "FileDescription" "Penginstal ${APP}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "${COMPANY}"

!define MUI_ABORTWARNING
; No "run now" box on the last page: it would start the program as the administrator who
; approved the installation, whose data folder is not the officer's.
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} memerlukan Windows 64-bit."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "${APP}" SecMain
  SectionIn RO
  SetShellVarContext all
  ; An upgrade: the old program's files go first (a library the new version no longer has
  ; must not stay behind). Only the install folder's own parts; user data is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu and desktop (for every user of this PC).
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APP}\Hapus ${APP}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  ; Backup files: "Open with > Pengaduan Desktop" on .zip, which opens the window's Cadangan
  ; dialog on that file (`pengaduan-desktop.exe --open-backup FILE`). The default program
  ; for .zip is left as it is.
  WriteRegStr HKLM "Software\Classes\${BACKUP_PROGID}" "" "Cadangan Pengaduan Desktop"
  WriteRegStr HKLM "Software\Classes\${BACKUP_PROGID}\DefaultIcon" "" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "Software\Classes\${BACKUP_PROGID}\shell\open" "" "Pulihkan dengan ${APP}"
  WriteRegStr HKLM "Software\Classes\${BACKUP_PROGID}\shell\open\command" "" \
    '"$INSTDIR\${GUI_EXE}" --open-backup "%1"'
  WriteRegStr HKLM "Software\Classes\.zip\OpenWithProgids" "${BACKUP_PROGID}" ""
  WriteRegStr HKLM "Software\Classes\Applications\${GUI_EXE}" "FriendlyAppName" "${APP}"
  WriteRegStr HKLM "Software\Classes\Applications\${GUI_EXE}\SupportedTypes" ".zip" ""
  WriteRegStr HKLM "Software\Classes\Applications\${GUI_EXE}\shell\open\command" "" \
    '"$INSTDIR\${GUI_EXE}" --open-backup "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  ; Programs and Features (Add/Remove Programs).
  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ; Only what the installer put there: never $LOCALAPPDATA (database, backups, logs), and no
  ; recursive delete of $INSTDIR itself, which an officer may have pointed at a shared folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\Hapus ${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"

  DeleteRegValue HKLM "Software\Classes\.zip\OpenWithProgids" "${BACKUP_PROGID}"
  DeleteRegKey HKLM "Software\Classes\${BACKUP_PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\${GUI_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
  DeleteRegKey /ifempty HKLM "Software\BKAD Kalbar"
SectionEnd
