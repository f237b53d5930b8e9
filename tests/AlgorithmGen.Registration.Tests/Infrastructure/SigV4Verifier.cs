using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AlgorithmGen.Registration.Tests.Infrastructure
{
    /// <summary>
    /// Checks a request's SigV4 signature the way an AWS service does, written here from the published algorithm and
    /// independent of AWSSDK.Core (the code under test signs; this only verifies).
    /// </summary>
    internal static class SigV4Verifier
    {
        private static readonly Regex AuthorizationPattern = new Regex(
            @"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, ?SignedHeaders=(?<headers>[a-z0-9;-]+), ?Signature=(?<signature>[0-9a-f]{64})$",
            RegexOptions.CultureInvariant);

        /// <summary>The signature part of an Authorization header, or null.</summary>
        public static string? SignatureOf(string? authorization) =>
            authorization is null ? null : AuthorizationPattern.Match(authorization) is { Success: true } match ? match.Groups["signature"].Value : null;

        /// <summary>Null when the request is signed correctly for <paramref name="region"/> and <paramref name="service"/>; otherwise why not.</summary>
        public static string? Verify(RecordedRequest request, IReadOnlyDictionary<string, (string Secret, string? Token)> credentials, string region, string service, DateTimeOffset now)
        {
            string? authorization = request.Header("Authorization");
            if (authorization is null)
            {
                return "no Authorization header";
            }

            Match match = AuthorizationPattern.Match(authorization);
            if (!match.Success)
            {
                return "Authorization is not AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature";
            }

            string accessKey = match.Groups["key"].Value;
            if (!credentials.TryGetValue(accessKey, out var secret))
            {
                return "unknown access key " + accessKey;
            }

            if (match.Groups["region"].Value != region || match.Groups["service"].Value != service)
            {
                return "credential scope is " + match.Groups["region"].Value + "/" + match.Groups["service"].Value + ", expected " + region + "/" + service;
            }

            string? amzDate = request.Header("X-Amz-Date");
            if (amzDate is null || !DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset signedAt))
            {
                return "X-Amz-Date is missing or malformed";
            }

            if (!amzDate.StartsWith(match.Groups["date"].Value, StringComparison.Ordinal))
            {
                return "credential date does not match X-Amz-Date";
            }

            if ((now - signedAt).Duration() > TimeSpan.FromMinutes(15))
            {
                return "signed more than 15 minutes from now";
            }

            string[] signedHeaders = match.Groups["headers"].Value.Split(';');
            foreach (string required in new[] { "host", "x-amz-date" })
            {
                if (!signedHeaders.Contains(required))
                {
                    return required + " is not signed";
                }
            }

            if (secret.Token is { } token)
            {
                if (request.Header("X-Amz-Security-Token") != token || !signedHeaders.Contains("x-amz-security-token"))
                {
                    return "the session token is missing, wrong or unsigned";
                }
            }

            string payloadHash = Hex(SHA256.HashData(request.Body));
            if (request.Header("X-Amz-Content-SHA256") is { } declared && declared != payloadHash)
            {
                return "X-Amz-Content-SHA256 does not match the body";
            }

            var canonical = new StringBuilder();
            int query = request.Target.IndexOf('?');
            canonical.Append(request.Method).Append('\n')
                .Append(query < 0 ? request.Target : request.Target.Substring(0, query)).Append('\n')
                .Append(query < 0 ? string.Empty : CanonicalQuery(request.Target.Substring(query + 1))).Append('\n');
            foreach (string name in signedHeaders)
            {
                string? value = request.Header(name);
                if (value is null)
                {
                    return "signed header " + name + " is not in the request";
                }

                canonical.Append(name).Append(':').Append(Regex.Replace(value.Trim(), " +", " ")).Append('\n');
            }

            canonical.Append('\n').Append(string.Join(";", signedHeaders)).Append('\n').Append(payloadHash);

            string scope = match.Groups["date"].Value + "/" + region + "/" + service + "/aws4_request";
            string stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
            byte[] key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret.Secret), match.Groups["date"].Value);
            key = Hmac(key, region);
            key = Hmac(key, service);
            key = Hmac(key, "aws4_request");
            string expected = Hex(Hmac(key, stringToSign));
            return expected == match.Groups["signature"].Value ? null : "signature mismatch";
        }

        private static string CanonicalQuery(string query) =>
            string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal));

        private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
