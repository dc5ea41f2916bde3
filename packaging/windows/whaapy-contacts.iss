; Inno Setup 6 script: a per-user installer for Whaapy Contactos. NOT YET TESTED (see README,
; "Packaging"): Windows builds can't be made on our Linux machines; .github/workflows/installers.yml
; is the recipe that would build and try it.
;
; Build, from the repository root, after `pyinstaller ... packaging/whaapy-contacts.spec` made
; dist\whaapy-contacts\ and build\icons\whaapy-contacts.ico:
;     iscc /DAppVersion=0.1.0 packaging\windows\whaapy-contacts.iss
; Output: dist\whaapy-contacts-<version>-setup.exe
;
; No administrator rights: it installs into %LOCALAPPDATA%\Programs\Whaapy Contactos and adds a
; Start-menu shortcut for the current user only. The wizard is in Spanish (English on an English
; Windows). Uninstalling removes the program but never the user's data
; (%LOCALAPPDATA%\Whaapy\whaapy-contacts: practice contacts, outbox) or the key in the Windows
; Credential Locker.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Whaapy Contactos"
#define AppExe "whaapy-contacts.exe"
#define Root "..\.."

[Setup]
; A fixed AppId: upgrades replace the previous install instead of adding a second one.
AppId={{4ED6C233-7CFB-547F-9EA7-E3ABC1ACC668}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Whaapy
AppPublisherURL=https://whaapy.com
AppSupportURL=https://whaapy.com
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=whaapy-contacts-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\whaapy-contacts.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage
; Code signing (named, not configured): add a SignTool line once the certificate exists, e.g.
; SignTool=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.AppComment=Captura contactos para el CRM de WhatsApp de Whaapy
en.AppComment=Enter contacts for the Whaapy WhatsApp CRM

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\whaapy-contacts\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: only what [Files] put in {app} is removed.
