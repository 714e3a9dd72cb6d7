# Build the Windows bundle and installer. Untested: the project's machines are Linux.
# Needs Python 3.11+ (python.org, 64-bit) and Inno Setup 6.3+ (https://jrsoftware.org/isinfo.php).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

python -m PyInstaller --version *> $null
if ($LASTEXITCODE -ne 0) { python -m pip install "pyinstaller>=6.10" }
$version = (python -c "import planner; print(planner.__version__)").Trim()

python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    packaging\pyinstaller\career-planner.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$exe = "dist\career-planner\career-planner.exe"
& $exe --version
& $exe plan --demo | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
& $exe --db (Join-Path $env:TEMP "career-planner-smoke.db") gui --smoke-test
$smoke = $LASTEXITCODE
Remove-Item Env:QT_QPA_PLATFORM
if ($smoke -ne 0) { throw "the bundle's smoke test failed" }

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" packaging\windows\installer.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\*.exe | Format-Table Name, Length
