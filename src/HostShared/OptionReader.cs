using System;
using System.Collections.Generic;

namespace AlgorithmGen.Hosts
{
    /// <summary>
    /// Reads a container host's options after its command (<c>train</c>, <c>serve</c>): <c>--name value</c> and
    /// <c>--name=value</c> alike. Compiled into each host package; each host decides what its options mean.
    /// </summary>
    internal sealed class OptionReader
    {
        private readonly IReadOnlyList<string> _args;
        private int _index;
        private string? _inline;

        /// <summary>
        /// The reader of a host's options when <paramref name="args"/> start with its <paramref name="command"/>; else
        /// null, with <paramref name="help"/> set for <c>-h</c>, <c>--help</c> or <c>help</c>, or <paramref name="error"/>
        /// saying what SageMaker would have passed.
        /// </summary>
        /// <param name="args">The program's arguments.</param>
        /// <param name="command">The host's command: <c>train</c> or <c>serve</c>.</param>
        /// <param name="image">The image SageMaker starts with it, e.g. "a training image".</param>
        /// <param name="onlyCommand">What the host does instead of another command, e.g. "this host only serves".</param>
        /// <param name="help">Whether help was asked for.</param>
        /// <param name="error">Why the arguments are not this host's.</param>
        public static OptionReader? ForCommand(IReadOnlyList<string> args, string command, string image, string onlyCommand, out bool help, out string? error)
        {
            help = args.Count > 0 && args[0] is "-h" or "--help" or "help";
            error = help ? null
                : args.Count == 0 ? "no command: SageMaker starts " + image + " as '<image> " + command + "'"
                : args[0] != command ? "unknown command '" + args[0] + "': " + onlyCommand
                : null;
            return help || error is not null ? null : new OptionReader(args, 1);
        }

        /// <summary>Starts reading <paramref name="args"/> at index <paramref name="start"/>.</summary>
        public OptionReader(IReadOnlyList<string> args, int start)
        {
            _args = args;
            _index = start - 1;
        }

        /// <summary>The current argument as written.</summary>
        public string Argument { get; private set; } = string.Empty;

        /// <summary>The current option's name: the argument, without an inline <c>=value</c>.</summary>
        public string Name { get; private set; } = string.Empty;

        /// <summary>Whether the current argument carried its value inline (<c>--name=value</c>).</summary>
        public bool HasInlineValue => _inline is not null;

        /// <summary>Why reading failed (an option without its value), or null.</summary>
        public string? Error { get; private set; }

        /// <summary>Moves to the next argument; false at the end or after an error.</summary>
        public bool Next()
        {
            if (Error is not null || ++_index >= _args.Count)
            {
                return false;
            }

            Argument = _args[_index];
            int equals = Argument.IndexOf('=');
            bool inline = Argument.StartsWith("--", StringComparison.Ordinal) && equals > 2;
            Name = inline ? Argument.Substring(0, equals) : Argument;
            _inline = inline ? Argument.Substring(equals + 1) : null;
            return true;
        }

        /// <summary>The current option's value: inline, else the next argument; null (and <see cref="Error"/>) when there is none.</summary>
        public string? Value()
        {
            if (_inline is not null)
            {
                return _inline;
            }

            if (_index + 1 < _args.Count)
            {
                return _args[++_index];
            }

            Error = Name + " needs a value";
            return null;
        }
    }
}
