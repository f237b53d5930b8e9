using System;
using System.Collections.Generic;
using Xunit;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>Tests that change the process environment; they run alone, never beside another test.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessEnvironmentCollection
    {
        public const string Name = "Process environment";
    }

    /// <summary>
    /// Sets AWS environment variables for one test and restores them after. Every AWS variable the SDK reads is
    /// cleared first (the shared files and instance metadata are handled once per process by
    /// <see cref="TestProcessSetup"/>), so the default chains see exactly what the test sets.
    /// </summary>
    internal sealed class EnvironmentScope : IDisposable
    {
        private static readonly string[] Cleared =
        {
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_REGION",
            "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SAGEMAKER", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
            "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT",
        };

        private readonly Dictionary<string, string?> _saved = new Dictionary<string, string?>();

        public EnvironmentScope(IDictionary<string, string?> values)
        {
            foreach (string name in Cleared)
            {
                Set(name, null);
            }

            foreach (KeyValuePair<string, string?> pair in values)
            {
                Set(pair.Key, pair.Value);
            }

            // AWSSDK.Core caches the region it found; each scope starts from the environment it sets.
            Amazon.Runtime.FallbackRegionFactory.Reset();
        }

        public void Dispose()
        {
            foreach (KeyValuePair<string, string?> pair in _saved)
            {
                Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            }

            Amazon.Runtime.FallbackRegionFactory.Reset();
        }

        private void Set(string name, string? value)
        {
            if (!_saved.ContainsKey(name))
            {
                _saved[name] = Environment.GetEnvironmentVariable(name);
            }

            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
