using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AlgorithmGen.Client;
using AlgorithmGen.Model;
using AlgorithmGen.Rules;

namespace AlgorithmGen.Jobs
{
    /// <summary>
    /// What every request builder of this namespace shares: tags, environment variables and <c>Configure</c> callbacks,
    /// and the check that runs before a request is built or sent. Kept in one place so the builders behave alike, and
    /// internal so their public API stays their own fluent methods.
    /// </summary>
    /// <typeparam name="TRequest">The request the builder makes.</typeparam>
    internal sealed class RequestParts<TRequest>
        where TRequest : class
    {
        private readonly string _operation;
        private readonly string _name;
        private readonly Func<TRequest, IReadOnlyList<Violation>> _validate;
        private readonly List<Tag> _tags = new List<Tag>();
        private readonly Dictionary<string, string> _environment = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<Action<TRequest>> _configure = new List<Action<TRequest>>();

        /// <param name="operation">The operation, for the error (<c>CreateTrainingJob</c>).</param>
        /// <param name="name">The name of what the request creates, for the error.</param>
        /// <param name="validate">Every violation of a request (<see cref="JobValidator"/>).</param>
        public RequestParts(string operation, string name, Func<TRequest, IReadOnlyList<Violation>> validate)
        {
            _operation = operation;
            _name = name;
            _validate = validate;
        }

        /// <summary>The tags so far, a new list each time; null when there are none (the member is then left out).</summary>
        public List<Tag>? Tags => _tags.Count == 0 ? null : _tags.ToList();

        /// <summary>The environment variables so far, a new map each time; null when there are none.</summary>
        public Dictionary<string, string>? Environment => _environment.Count == 0 ? null : new Dictionary<string, string>(_environment, StringComparer.Ordinal);

        /// <summary>Sets a tag; a later value for the same key replaces the earlier one.</summary>
        public void Tag(string key, string value)
        {
            var tag = new Tag { Key = key ?? throw new ArgumentNullException(nameof(key)), Value = value ?? throw new ArgumentNullException(nameof(value)) };
            _tags.RemoveAll(t => t.Key == key);
            _tags.Add(tag);
        }

        /// <summary>Sets an environment variable.</summary>
        public void SetEnvironment(string name, string value) =>
            _environment[name ?? throw new ArgumentNullException(nameof(name))] = value ?? throw new ArgumentNullException(nameof(value));

        /// <summary>Adds a callback that adjusts the request after the builder has filled it in.</summary>
        public void Configure(Action<TRequest> configure) => _configure.Add(configure ?? throw new ArgumentNullException(nameof(configure)));

        /// <summary>Runs the callbacks on a request the builder has filled in, and returns it.</summary>
        public TRequest Configured(TRequest request)
        {
            foreach (Action<TRequest> configure in _configure)
            {
                configure(request);
            }

            return request;
        }

        /// <summary>Every violation of <paramref name="request"/>.</summary>
        public IReadOnlyList<Violation> Validate(TRequest request) => _validate(request);

        /// <summary><paramref name="request"/>, when it has no errors.</summary>
        /// <exception cref="JobValidationException">The request has errors; the exception lists every violation.</exception>
        public TRequest Checked(TRequest request)
        {
            IReadOnlyList<Violation> violations = _validate(request);
            if (JobValidator.HasErrors(violations))
            {
                throw new JobValidationException(_operation, _name, violations);
            }

            return request;
        }

        /// <summary>Builds the checked request and sends it with <paramref name="send"/>; a request with errors is never sent.</summary>
        public static Task<TResponse> StartAsync<TResponse>(
            SageMakerClient client, Func<TRequest> build, Func<SageMakerClient, TRequest, CancellationToken, Task<TResponse>> send, CancellationToken cancellationToken)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            return send(client, build(), cancellationToken);
        }
    }
}
