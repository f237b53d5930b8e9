using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

namespace AlgorithmGen.Training.Host
{
    /// <summary>
    /// The text of <c>output/failure</c> and how it is written. SageMaker shows the first 1,024 characters as the job's
    /// FailureReason, so every text puts what went wrong first and details (stack traces) after.
    /// </summary>
    internal static class FailureText
    {
        /// <summary>How many characters of the failure file DescribeTrainingJob shows.</summary>
        public const int FailureReasonLength = 1024;

        /// <summary><c>Type: message</c>, then <c> ---> Type: message</c> for each inner exception, as .NET prints them.</summary>
        public static string Headline(Exception exception)
        {
            var parts = new List<string>();
            for (Exception? current = Unwrap(exception); current is not null && parts.Count < 8; current = current.InnerException)
            {
                parts.Add(current.GetType().Name + ": " + current.Message);
            }

            return string.Join(" ---> ", parts);
        }

        /// <summary>The failure text of an exception from the training code: the headline first, the full exception with stack traces after.</summary>
        public static string ForException(Exception exception) =>
            Headline(exception) + "\n\n" + Unwrap(exception);

        /// <summary>The single exception inside wrappers that say nothing themselves.</summary>
        public static Exception Unwrap(Exception exception)
        {
            while (true)
            {
                if (exception is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
                {
                    exception = aggregate.InnerExceptions[0];
                }
                else if (exception is TargetInvocationException { InnerException: { } inner })
                {
                    exception = inner;
                }
                else
                {
                    return exception;
                }
            }
        }

        /// <summary>The part of <paramref name="text"/> DescribeTrainingJob shows.</summary>
        public static string FailureReason(string text) =>
            text.Length <= FailureReasonLength ? text : text.Substring(0, FailureReasonLength);

        /// <summary>
        /// Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file and a rename, so the
        /// service never reads half a reason. Throws what the file system throws.
        /// </summary>
        public static void WriteAtomically(string path, string text)
        {
            string folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            string temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
