using System;
using System.IO;
using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using System.Text.Json;

namespace AlgorithmGen.Tool
{
    /// <summary>
    /// Turns a file into a parsed JSON document, or says in the tool's words why it cannot: the file cannot be read
    /// (<see cref="ReadFailure"/>, exit code 2), or its bytes are not a JSON document (<see cref="Problem"/>, AGT001):
    /// empty, not UTF-8, malformed (with line and column), a trailing comma, a comment, nested deeper than
    /// <see cref="MaxDepth"/>, or a string holding an escaped lone surrogate (<c>"\ud800"</c>), which System.Text.Json
    /// parses but cannot turn into text.
    /// </summary>
    internal sealed class PayloadInput
    {
        /// <summary>System.Text.Json's default; a CreateAlgorithm request is about six levels deep.</summary>
        public const int MaxDepth = 64;

        private PayloadInput(JsonDocument? document, string? readFailure, Finding? problem)
        {
            Document = document;
            ReadFailure = readFailure;
            Problem = problem;
        }

        public JsonDocument? Document { get; }

        public string? ReadFailure { get; }

        public Finding? Problem { get; }

        public static PayloadInput Load(string file)
        {
            byte[] bytes;
            if (Directory.Exists(file))
            {
                return Unreadable("it is a folder, not a file");
            }

            if (!File.Exists(file))
            {
                return Unreadable("no such file");
            }

            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return Unreadable(ExportCommand.Describe(exception));
            }

            return FromBytes(bytes);
        }

        public static PayloadInput FromBytes(byte[] bytes)
        {
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var json = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                return NotJson("the file is UTF-16 text (it starts with a UTF-16 byte order mark); JSON files must be saved as UTF-8", 1, 1);
            }

            int nul = Array.IndexOf(bytes, (byte)0, start);
            if (nul >= 0)
            {
                (int line, int column) = Position(bytes, start, nul);
                return NotJson($"the file is not UTF-8 text: it holds a NUL byte at line {line}, column {column} (UTF-16 or a binary file?); JSON files must be saved as UTF-8", line, column);
            }

            var chars = new char[bytes.Length - start];
            if (Utf8.ToUtf16(json.Span, chars, out int valid, out _, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                int offset = start + valid;
                (int line, int column) = Position(bytes, start, offset);
                string hex = bytes[offset].ToString("X2", CultureInfo.InvariantCulture);
                return NotJson($"the file is not UTF-8 text: byte 0x{hex} at line {line}, column {column} is not UTF-8; JSON files must be saved as UTF-8", line, column);
            }

            if (IsBlank(json.Span))
            {
                return NotJson("the file is empty; a CreateAlgorithm request is a JSON object such as {\"AlgorithmName\": \"...\"}", null, null);
            }

            Finding? problem = Scan(bytes, start, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (problem is not null)
            {
                return new PayloadInput(null, null, problem);
            }

            return new PayloadInput(JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth }), null, null);
        }

        // Reads every token, so the failure has a position and a reason; null when the bytes are one JSON value.
        private static Finding? Scan(byte[] bytes, int start, JsonReaderOptions options)
        {
            var span = new ReadOnlySpan<byte>(bytes, start, bytes.Length - start);
            var reader = new Utf8JsonReader(span, options);
            int depth = 0;
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            depth++;
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            depth--;
                            break;
                        case JsonTokenType.String:
                        case JsonTokenType.PropertyName:
                            if (!IsText(ref reader))
                            {
                                (int line, int column) = Position(bytes, start, start + (int)reader.TokenStartIndex);
                                return NotJson($"the string at line {line}, column {column} holds an escaped lone UTF-16 surrogate (such as \\ud800), which is not text", line, column).Problem;
                            }

                            break;
                    }
                }

                return null;
            }
            catch (JsonException exception)
            {
                int line = (int)(exception.LineNumber ?? 0) + 1;
                int column = (int)(exception.BytePositionInLine ?? 0) + 1;
                string reason;
                if (depth >= options.MaxDepth)
                {
                    reason = $"the JSON is nested more than {options.MaxDepth} levels deep (a CreateAlgorithm request needs fewer than 10)";
                }
                else if (!options.AllowTrailingCommas && Scan(bytes, start, new JsonReaderOptions { MaxDepth = options.MaxDepth, AllowTrailingCommas = true }) is null)
                {
                    reason = $"not valid JSON: a trailing comma before line {line}, column {column}; JSON allows no comma after the last item";
                }
                else if (options.CommentHandling == JsonCommentHandling.Disallow
                         && Scan(bytes, start, new JsonReaderOptions { MaxDepth = options.MaxDepth, AllowTrailingCommas = options.AllowTrailingCommas, CommentHandling = JsonCommentHandling.Skip }) is null)
                {
                    reason = $"not valid JSON: a comment at line {line}, column {column}; JSON has no comments";
                }
                else
                {
                    int offset = Offset(bytes, start, line, column);
                    reason = offset >= bytes.Length
                        ? $"not valid JSON: the text ends at line {line}, column {column} before the JSON value is complete"
                        : $"not valid JSON at line {line}, column {column}: unexpected {Describe(bytes, offset)}";
                }

                return NotJson(reason, line, column).Problem;
            }
        }

        private static bool IsText(ref Utf8JsonReader reader)
        {
            try
            {
                reader.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static string Describe(byte[] bytes, int offset)
        {
            byte b = bytes[offset];
            if (b >= 0x21 && b < 0x7F)
            {
                return "'" + (char)b + "'";
            }

            return b switch
            {
                (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' => "white space",
                < 0x20 => "a control character",
                _ => "a non-ASCII character",
            };
        }

        private static bool IsBlank(ReadOnlySpan<byte> json)
        {
            foreach (byte b in json)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }

            return true;
        }

        // 1-based line, and 1-based column counted in characters (UTF-8 continuation bytes do not count).
        private static (int Line, int Column) Position(byte[] bytes, int start, int offset)
        {
            int line = 1;
            int column = 1;
            for (int i = start; i < offset && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return (line, column);
        }

        // The byte offset of System.Text.Json's 1-based line and byte-in-line column.
        private static int Offset(byte[] bytes, int start, int line, int column)
        {
            int i = start;
            for (int current = 1; current < line && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    current++;
                }
            }

            return Math.Min(bytes.Length, i + column - 1);
        }

        private static PayloadInput Unreadable(string reason) => new(null, reason, null);

        private static PayloadInput NotJson(string message, int? line, int? column) =>
            new(null, null, new Finding(ToolRules.NotJson, Level.Error, "input", message, line, column));
    }
}
