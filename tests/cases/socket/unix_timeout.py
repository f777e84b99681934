# reference: python3
# AF_UNIX stream and datagram sockets (filesystem and abstract names), timeouts, blocking mode.
import os, socket, tempfile, threading

d = tempfile.mkdtemp()
path = os.path.join(d, "s")
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen(1)
print(srv.getsockname() == path)
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect(path)
conn, addr = srv.accept()
print(repr(addr))
c.sendall(b"ping")
print(conn.recv(10))
for s in (c, conn, srv):
    s.close()
os.unlink(path)

a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind(b"\0sharpy-socket-case-%d" % os.getpid())
print(a.getsockname() == b"\0sharpy-socket-case-%d" % os.getpid())
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b.sendto(b"dgram", a.getsockname())
data, frm = a.recvfrom(100)
print(data, repr(frm))
a.close(); b.close()
os.rmdir(d)

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
print(s.gettimeout(), s.getblocking())
s.settimeout(0.05)
print(s.gettimeout(), s.getblocking(), s.timeout)
try:
    s.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
try:
    s.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
s.settimeout(None)
print(s.gettimeout(), s.getblocking())
for bad in (-1, "x", float("nan")):
    try:
        s.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
