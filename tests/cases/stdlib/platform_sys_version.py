# platform parses sys.version: wsgiref and asyncio's tests need python_implementation() at import.
import platform
import sys

print(platform.python_implementation())
print(platform.python_version(), platform.python_version_tuple())
name, version, branch, revision, buildno, builddate, compiler = platform._sys_version()
print(name, version, type(buildno).__name__, type(builddate).__name__, type(compiler).__name__)
print(sys.version.split()[0] == platform.python_version())

from wsgiref.simple_server import ServerHandler, WSGIServer
print(ServerHandler.server_software.split("/")[0], ServerHandler.server_software.split()[1].split("/")[0])
