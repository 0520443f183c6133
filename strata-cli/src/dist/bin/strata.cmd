@echo off
rem strata's launcher in the distribution on Windows: finds a Java 17+ (JAVA_HOME, else java on PATH) and runs
rem strata with everything in ..\lib on the class path.
setlocal
set "STRATA_HOME=%~dp0.."
if defined JAVA_HOME (
  if not exist "%JAVA_HOME%\bin\java.exe" (
    echo strata: JAVA_HOME is set to "%JAVA_HOME%", but "%JAVA_HOME%\bin\java.exe" is not there: point JAVA_HOME at a JDK 17 or newer 1>&2
    exit /b 2
  )
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  where java >nul 2>nul
  if errorlevel 1 (
    echo strata: no Java found: install a JDK 17 or newer, and set JAVA_HOME or put java on PATH 1>&2
    exit /b 2
  )
  set "JAVA=java"
)
"%JAVA%" -XX:+UseSerialGC -Xmn64m -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -Xshare:auto %STRATA_JAVA_OPTS% -cp "%STRATA_HOME%\lib\*" dev.strata.cli.Main %*
exit /b %ERRORLEVEL%
