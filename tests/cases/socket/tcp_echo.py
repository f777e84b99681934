# reference: python3
# A TCP echo server and client on 127.0.0.1 in threads; socketpair; addresses and options.
import socket, threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.proto)
print(srv.get_inheritable())

def serve():
    conn, addr = srv.accept()
    with conn:
        while data := conn.recv(1024):
            conn.sendall(data.upper())

t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    c.sendall(b"hello, echo")
    got = b""
    while len(got) < 11:
        got += c.recv(100)
    print(got)
    print(c.getpeername() == ("127.0.0.1", port), c.gettimeout())
    buf = bytearray(5)
    c.send(b"abcde")
    n = c.recv_into(buf)
    print(n, bytes(buf[:n]))
t.join()
srv.close()
print(srv.fileno(), repr(srv).startswith("<socket.socket [closed] fd=-1"))

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
a.sendall(b"x" * 3)
print(b.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close(); b.close()

try:
    socket.socket().connect(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
s = socket.socket()
print(s.connect_ex(("127.0.0.1", 1)))
try:
    s.connect(("127.0.0.1", 70000))
except OverflowError as e:
    print(e)
try:
    s.connect("x")
except TypeError as e:
    print(e)
s.close()
