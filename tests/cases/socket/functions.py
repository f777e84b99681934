# reference: python3
# _socket's module functions: name resolution on localhost, address text, byte order, errors.
import socket

infos = socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
print(sorted({(f.name, t.name, p, a) for f, t, p, _, a in infos}))
print(socket.getaddrinfo("127.0.0.1", "8080", type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
try:
    socket.getaddrinfo("127.0.0.1", "no-such-service-x")
except socket.gaierror as e:
    print(type(e).__name__, e.errno == socket.EAI_SERVICE, issubclass(socket.gaierror, OSError))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(isinstance(socket.gethostname(), str))
print(socket.inet_aton("10.1.2.3"), socket.inet_ntoa(b"\x0a\x01\x02\x03"))
print(socket.inet_pton(socket.AF_INET6, "fe80::1"), socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
for f, a in ((socket.inet_aton, "300.1.1.1"), (socket.inet_ntoa, b"\x01")):
    try:
        f(a)
    except OSError as e:
        print(e)
print(socket.htons(0x1234) == 0x3412, socket.ntohl(0x12345678) == 0x78563412)
for f, v in ((socket.htons, -1), (socket.htons, 70000), (socket.htonl, 2**32)):
    try:
        f(v)
    except OverflowError as e:
        print(e)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80, "tcp"), socket.getprotobyname("tcp"))
print(socket.if_nametoindex("lo") == socket.if_nameindex()[[n for i, n in socket.if_nameindex()].index("lo")][0])
print(socket.SOMAXCONN, socket.SOCK_NONBLOCK, socket.SOCK_CLOEXEC, socket.has_ipv6, socket.error is OSError)
print(socket.SocketType is socket._socket.socket, socket.socket.__mro__[1].__name__)
