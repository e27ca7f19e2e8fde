; Inno Setup 6 script: Career Explorer for Windows, installed for every user of the PC.
;
; Built by packaging/build.py on Windows (it passes the version and the bundle):
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=C:\...\dist\career-explorer packaging\windows\career-explorer.iss
;
; What it does: installs dist\career-explorer into C:\Program Files\Career Explorer
; (needs administrator rights), adds a Start-menu shortcut (and, if ticked, a
; desktop one), and registers an uninstaller in Settings > Apps. The program
; writes nothing in its install folder; each user's settings go to their own
; profile (%APPDATA%\Career Explorer).
;
; Silent install for lab deployment (SCCM, Intune, PDQ, a GPO startup script):
;   career-explorer-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Options: /DIR="D:\Apps\Career Explorer" another folder; /TASKS="desktopicon" a
; desktop shortcut; /LOG="C:\Windows\Temp\career-explorer.log" a log;
; /ADMINDEFAULTS="\\server\share\defaults.ini" copies that file to the machine-wide
; defaults (below) unless one is there already.
; Silent uninstall:
;   "C:\Program Files\Career Explorer\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Machine-wide defaults for administrators: %PROGRAMDATA%\Career Explorer\defaults.ini
; (C:\ProgramData\Career Explorer\defaults.ini), for example
;   [defaults]
;   home_state = TX
;   paper_size = letter
;   locked = paper_size
; A setting listed under locked cannot be changed by users. Uninstalling keeps
; the file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\career-explorer"
#endif
#define AppName "Career Explorer"
#define AppExe "career-explorer.exe"

[Setup]
AppId={{5B0E3F4A-8C61-4F0B-A3D2-7E9C1B6A2F58}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Explore every US occupation offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-machine: installs for every user, into Program Files; needs an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=career-explorer-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\career-explorer.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; /ADMINDEFAULTS=path: the administrator's defaults file, copied once, never removed.
Source: "{param:ADMINDEFAULTS|}"; DestDir: "{commonappdata}\{#AppName}"; DestName: "defaults.ini"; Flags: external skipifsourcedoesntexist onlyifdoesntexist uninsneveruninstall; Check: HasAdminDefaults

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Explore every US occupation offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function HasAdminDefaults: Boolean;
begin
  Result := ExpandConstant('{param:ADMINDEFAULTS|}') <> '';
end;
