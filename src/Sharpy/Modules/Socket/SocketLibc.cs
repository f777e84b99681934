using System.Runtime.InteropServices;

namespace Sharpy.Modules.Socket;

/// <summary>
/// The libc functions and structures _socket calls (Linux x86-64, glibc). Socket addresses
/// are handled as raw bytes (a sockaddr_storage-sized buffer), encoded and decoded by
/// <see cref="SocketAddress"/>. Each call sets errno on failure: read it with
/// Marshal.GetLastPInvokeError() straight after the call.
/// </summary>
internal static unsafe partial class SocketLibc
{
    const string L = "libc";

    public const int SockaddrStorageSize = 128;
    public const int EINTR = 4, EAGAIN = 11, EINPROGRESS = 115, ECONNRESET = 104, EISCONN = 106;
    public const int F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030, O_NONBLOCK = 0x800;
    public const int SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    public const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38;
    public const short POLLIN = 1, POLLOUT = 4, POLLERR = 8;
    public const int EAI_SYSTEM = -11;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int fd;
        public short events, revents;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct IoVec
    {
        public byte* iov_base;
        public nuint iov_len;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct MsgHdr
    {
        public byte* msg_name;
        public uint msg_namelen;
        public IoVec* msg_iov;
        public nuint msg_iovlen;
        public byte* msg_control;
        public nuint msg_controllen;
        public int msg_flags;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct AddrInfo
    {
        public int ai_flags, ai_family, ai_socktype, ai_protocol;
        public uint ai_addrlen;
        public byte* ai_addr;
        public byte* ai_canonname;
        public AddrInfo* ai_next;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct HostEnt
    {
        public byte* h_name;
        public byte** h_aliases;
        public int h_addrtype, h_length;
        public byte** h_addr_list;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ServEnt
    {
        public byte* s_name;
        public byte** s_aliases;
        public int s_port;
        public byte* s_proto;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ProtoEnt
    {
        public byte* p_name;
        public byte** p_aliases;
        public int p_proto;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct IfNameIndex
    {
        public uint if_index;
        public byte* if_name;
    }

    [LibraryImport(L, SetLastError = true)] public static partial int socket(int domain, int type, int protocol);
    [LibraryImport(L, SetLastError = true)] public static partial int socketpair(int domain, int type, int protocol, int* sv);
    [LibraryImport(L, SetLastError = true)] public static partial int bind(int fd, byte* addr, uint len);
    [LibraryImport(L, SetLastError = true)] public static partial int connect(int fd, byte* addr, uint len);
    [LibraryImport(L, SetLastError = true)] public static partial int listen(int fd, int backlog);
    [LibraryImport(L, SetLastError = true)] public static partial int accept4(int fd, byte* addr, uint* len, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int getsockname(int fd, byte* addr, uint* len);
    [LibraryImport(L, SetLastError = true)] public static partial int getpeername(int fd, byte* addr, uint* len);
    [LibraryImport(L, SetLastError = true)] public static partial int getsockopt(int fd, int level, int name, byte* val, uint* len);
    [LibraryImport(L, SetLastError = true)] public static partial int setsockopt(int fd, int level, int name, byte* val, uint len);
    [LibraryImport(L, SetLastError = true)] public static partial nint recv(int fd, byte* buf, nuint len, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial nint recvfrom(int fd, byte* buf, nuint len, int flags, byte* addr, uint* addrlen);
    [LibraryImport(L, SetLastError = true)] public static partial nint send(int fd, byte* buf, nuint len, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial nint sendto(int fd, byte* buf, nuint len, int flags, byte* addr, uint addrlen);
    [LibraryImport(L, SetLastError = true)] public static partial nint sendmsg(int fd, MsgHdr* msg, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial nint recvmsg(int fd, MsgHdr* msg, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int shutdown(int fd, int how);
    [LibraryImport(L, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int fcntl(int fd, int cmd, int arg);
    [LibraryImport(L, SetLastError = true)] public static partial int poll(PollFd* fds, nuint nfds, int timeout);

    [LibraryImport(L, SetLastError = true)] public static partial int getaddrinfo(byte* node, byte* service, AddrInfo* hints, AddrInfo** res);
    [LibraryImport(L)] public static partial void freeaddrinfo(AddrInfo* res);
    [LibraryImport(L)] public static partial byte* gai_strerror(int code);
    [LibraryImport(L, SetLastError = true)] public static partial int getnameinfo(byte* addr, uint addrlen, byte* host, uint hostlen, byte* serv, uint servlen, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int gethostname(byte* name, nuint len);
    [LibraryImport(L, SetLastError = true)] public static partial int sethostname(byte* name, nuint len);
    [LibraryImport(L)] public static partial int gethostbyname_r(byte* name, HostEnt* ret, byte* buf, nuint buflen, HostEnt** result, int* h_errnop);
    [LibraryImport(L)] public static partial int gethostbyaddr_r(byte* addr, uint len, int type, HostEnt* ret, byte* buf, nuint buflen, HostEnt** result, int* h_errnop);
    [LibraryImport(L)] public static partial byte* hstrerror(int err);
    [LibraryImport(L)] public static partial ServEnt* getservbyname(byte* name, byte* proto);
    [LibraryImport(L)] public static partial ServEnt* getservbyport(int port, byte* proto);
    [LibraryImport(L)] public static partial ProtoEnt* getprotobyname(byte* name);
    [LibraryImport(L)] public static partial int inet_aton(byte* cp, byte* inp);
    [LibraryImport(L, SetLastError = true)] public static partial int inet_pton(int af, byte* src, byte* dst);
    [LibraryImport(L, SetLastError = true)] public static partial byte* inet_ntop(int af, byte* src, byte* dst, uint size);
    [LibraryImport(L, SetLastError = true)] public static partial IfNameIndex* if_nameindex();
    [LibraryImport(L)] public static partial void if_freenameindex(IfNameIndex* ptr);
    [LibraryImport(L, SetLastError = true)] public static partial uint if_nametoindex(byte* name);
    [LibraryImport(L, SetLastError = true)] public static partial byte* if_indextoname(uint index, byte* name);

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>A NUL-terminated C string's bytes.</summary>
    public static System.ReadOnlySpan<byte> CString(byte* p) => System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated(p);
}
