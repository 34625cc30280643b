/*
 * Unix sockets as Node cannot use them: receiving a file descriptor (SCM_RIGHTS) the way runc's
 * --console-socket hands over a pty master, sending one, and asking who the peer is (SO_PEERCRED).
 * Every socket is non-blocking and close-on-exec; received fds are close-on-exec too
 * (MSG_CMSG_CLOEXEC), so a pty master never leaks into the next runc we spawn.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "corral_sys.h"

/* More than one fd in a message is a misbehaving peer; the extras are closed, never leaked. */
#define MAX_FDS 16

/* socketPair() -> [fd, fd] */
static napi_value socket_pair(napi_env env, napi_callback_info info) {
  (void)info;
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv) != 0) {
    cs_throw_errno(env, errno, "socketpair", NULL, NULL);
    return NULL;
  }
  napi_value arr = NULL;
  if (napi_create_array_with_length(env, 2, &arr) != napi_ok ||
      napi_set_element(env, arr, 0, cs_int32(env, sv[0])) != napi_ok ||
      napi_set_element(env, arr, 1, cs_int32(env, sv[1])) != napi_ok) {
    close(sv[0]);
    close(sv[1]);
    cs_throw_last_napi_error(env, "socketPair");
    return NULL;
  }
  return arr;
}

/* sendFd(socketFd, fd, message): one sendmsg carrying `fd` and at least one byte of data. */
static napi_value send_fd(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  int32_t sock = -1, fd = -1;
  char data[1024];
  size_t len = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "socketFd", &sock) || !cs_arg_int32(env, argv, argc, 1, "fd", &fd) ||
      !cs_arg_string(env, argv, argc, 2, "message", data, sizeof data, &len))
    return NULL;
  if (len == 0) {
    /* a stream socket drops ancillary data sent without a byte to carry it */
    cs_throw_type_error(env, "argument 'message' must not be empty");
    return NULL;
  }
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } control;
  memset(&control, 0, sizeof control);
  struct iovec iov = {.iov_base = data, .iov_len = len};
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf};
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cmsg), &fd, sizeof fd);
  ssize_t n;
  do n = sendmsg(sock, &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    cs_throw_errno(env, errno, "sendmsg", NULL, "fd %d over socket %d", fd, sock);
    return NULL;
  }
  return NULL;
}

/*
 * recvFd(socketFd) -> null when nothing is pending (EAGAIN), else { fd, bytes }: fd is -1 when
 * the data came without one, bytes is 0 at end of stream. The data itself (runc sends the pty's
 * path) is not needed and is dropped.
 */
static napi_value recv_fd(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t sock = -1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "socketFd", &sock)) return NULL;
  char data[4096];
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int) * MAX_FDS)];
  } control;
  struct iovec iov = {.iov_base = data, .iov_len = sizeof data};
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf};
  ssize_t n;
  do n = recvmsg(sock, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) return cs_null(env);
    cs_throw_errno(env, errno, "recvmsg", NULL, "socket %d", sock);
    return NULL;
  }
  int got = -1;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t i = 0; i < count; i++) {
      int fd;
      memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
      if (got < 0) got = fd;
      else close(fd);
    }
  }
  if (msg.msg_flags & MSG_CTRUNC) {
    if (got >= 0) close(got);
    cs_throw_errno(env, EMSGSIZE, "recvmsg", NULL, "socket %d: more than %d fds in one message", sock, MAX_FDS);
    return NULL;
  }
  napi_value obj = NULL;
  if (napi_create_object(env, &obj) != napi_ok || !cs_set_int32(env, obj, "fd", got) ||
      !cs_set_int32(env, obj, "bytes", (int32_t)n)) {
    if (got >= 0) close(got);
    cs_throw_last_napi_error(env, "recvFd");
    return NULL;
  }
  return obj;
}

/* listenUnix(path, backlog) -> fd of a listening, non-blocking socket bound at path. */
static napi_value listen_unix(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  size_t len = 0;
  int32_t backlog = 1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_string(env, argv, argc, 0, "path", addr.sun_path, sizeof addr.sun_path, &len) ||
      !cs_arg_int32(env, argv, argc, 1, "backlog", &backlog))
    return NULL;
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    cs_throw_errno(env, errno, "socket", addr.sun_path, "AF_UNIX");
    return NULL;
  }
  if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    int err = errno;
    close(fd);
    cs_throw_errno(env, err, "bind", addr.sun_path, "%s", addr.sun_path);
    return NULL;
  }
  if (listen(fd, backlog) != 0) {
    int err = errno;
    close(fd);
    unlink(addr.sun_path);
    cs_throw_errno(env, err, "listen", addr.sun_path, "%s", addr.sun_path);
    return NULL;
  }
  return cs_int32(env, fd);
}

/* acceptUnix(fd) -> connected fd (non-blocking, close-on-exec), or null when none is pending. */
static napi_value accept_unix(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd)) return NULL;
  for (;;) {
    int conn = accept4(fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (conn >= 0) return cs_int32(env, conn);
    if (errno == EINTR || errno == ECONNABORTED) continue; /* that peer gave up; look for another */
    if (errno == EAGAIN || errno == EWOULDBLOCK) return cs_null(env);
    cs_throw_errno(env, errno, "accept4", NULL, "socket %d", fd);
    return NULL;
  }
}

/* peerCredentials(fd) -> { pid, uid, gid } of the process that connected (or listened). */
static napi_value peer_credentials(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd)) return NULL;
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
    cs_throw_errno(env, errno, "getsockopt", NULL, "SO_PEERCRED fd %d", fd);
    return NULL;
  }
  napi_value obj = NULL;
  NAPI_CALL(env, napi_create_object(env, &obj));
  napi_value uid = NULL, gid = NULL;
  /* uid/gid are unsigned (nobody is 65534, (uid_t)-1 is 4294967295): not int32 */
  NAPI_CALL(env, napi_create_uint32(env, cred.uid, &uid));
  NAPI_CALL(env, napi_create_uint32(env, cred.gid, &gid));
  if (!cs_set_int32(env, obj, "pid", cred.pid) || napi_set_named_property(env, obj, "uid", uid) != napi_ok ||
      napi_set_named_property(env, obj, "gid", gid) != napi_ok) {
    cs_throw_last_napi_error(env, "peerCredentials");
    return NULL;
  }
  return obj;
}

bool cs_register_fd_passing(napi_env env, napi_value exports) {
  return cs_export(env, exports, "socketPair", socket_pair) && cs_export(env, exports, "sendFd", send_fd) &&
         cs_export(env, exports, "recvFd", recv_fd) && cs_export(env, exports, "listenUnix", listen_unix) &&
         cs_export(env, exports, "acceptUnix", accept_unix) &&
         cs_export(env, exports, "peerCredentials", peer_credentials);
}
