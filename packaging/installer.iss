; Inno Setup script for the Windows installer of Sổ Mặt trận (built by packaging/build.py --installer).
; Per-user install: office PCs often have no administrator rights.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C0F7A52-1E8B-4C8E-9A57-5D3F0B7E2A31}
AppName=Sổ Mặt trận
AppVersion={#AppVersion}
AppPublisher=Ủy ban MTTQ Việt Nam
DefaultDirName={localappdata}\Programs\SoMatTran
DefaultGroupName=Sổ Mặt trận
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=SoMatTran-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Files]
Source: "..\dist\SoMatTran\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Sổ Mặt trận"; Filename: "{app}\SoMatTran.exe"
Name: "{userdesktop}\Sổ Mặt trận"; Filename: "{app}\SoMatTran.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình"; Flags: unchecked

[Run]
Filename: "{app}\SoMatTran.exe"; Description: "Mở Sổ Mặt trận"; Flags: nowait postinstall skipifsilent
