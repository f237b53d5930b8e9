#!/usr/bin/env python3
"""Serves moto's SageMaker emulator on 127.0.0.1 on a port the OS picks, for the C# tests.

Prints the port on the first line of stdout once the server accepts connections, then serves until stdin closes
(the test fixture closes it, or dies), and stops the server. No other output on stdout.
"""
import sys

from moto.server import ThreadedMotoServer


def main():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    _, port = server.get_host_and_port()
    print(port, flush=True)
    try:
        sys.stdin.read()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
