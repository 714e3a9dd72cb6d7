; Inno Setup 6.3+ script: a per-user (or all-users) installer for the one-folder bundle.
; Untested: the project's machines are Linux. Build on Windows with packaging\windows\build.ps1,
; which runs PyInstaller first and passes the version from planner\__init__.py (the one version):
;   iscc /DAppVersion=X.Y.Z packaging\windows\installer.iss

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer.iss (build.ps1 does)
#endif
#define AppName "Career Transition Planner"
#define AppExe "career-planner-gui.exe"

[Setup]
AppId={{1FCD9C91-952F-4294-849F-3DA75D903976}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Career Transition Planner authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Install for the current user without admin rights, or for everyone if the user chooses.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\career-planner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=career-planner-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the career-planner command to your PATH"; GroupDescription: "Command line:"; Flags: unchecked

[Files]
; The PyInstaller one-folder bundle: career-planner.exe (console), career-planner-gui.exe, _internal\
Source: "..\..\dist\career-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; The database and backups (%LOCALAPPDATA%\career-planner) are the user's: never removed here.

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  { The current user's PATH (HKCU\Environment), whichever install mode was chosen. }
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
