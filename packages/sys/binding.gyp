{
  "targets": [
    {
      "target_name": "corral_sys",
      "sources": [
        "native/addon.c",
        "native/eventfd.c",
        "native/fd_passing.c",
        "native/poll.c",
        "native/process.c",
        "native/pipe.c",
        "native/mount.c",
        "native/spawn.c",
        "native/tty.c"
      ],
      "defines": ["NAPI_VERSION=8"],
      "cflags_c": ["-std=gnu11", "-Wall", "-Wextra", "-Wshadow", "-Wno-unused-parameter", "-fvisibility=hidden"],
      "conditions": [["OS!='linux'", { "type": "none" }]]
    }
  ]
}
