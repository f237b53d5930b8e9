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
    /// What every request builder of this namespace shares: tags, <c>Configure</c> callbacks, and the check that runs
    /// before a request is built or sent. Only this assembly derives from it, so each builder's public API is this
    /// class's members and its own fluent methods.
    /// </summary>
    /// <typeparam name="TBuilder">The builder, returned by the fluent methods.</typeparam>
    /// <typeparam name="TRequest">The request the builder makes.</typeparam>
    public abstract class RequestBuilder<TBuilder, TRequest>
        where TBuilder : RequestBuilder<TBuilder, TRequest>
        where TRequest : class
    {
        private readonly string _operation;
        private readonly string _name;
        private readonly List<Tag> _tags = new List<Tag>();
        private readonly Dictionary<string, string> _environment = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<Action<TRequest>> _configure = new List<Action<TRequest>>();

        /// <param name="operation">The operation, for the error (<c>CreateTrainingJob</c>).</param>
        /// <param name="name">The name of what the request creates, for the error.</param>
        private protected RequestBuilder(string operation, string name)
        {
            _operation = operation;
            _name = name;
        }

        /// <summary>Sets a tag of what the request creates; a later value for the same key replaces the earlier one.</summary>
        public TBuilder Tag(string key, string value)
        {
            var tag = new Tag { Key = key ?? throw new ArgumentNullException(nameof(key)), Value = value ?? throw new ArgumentNullException(nameof(value)) };
            _tags.RemoveAll(t => t.Key == key);
            _tags.Add(tag);
            return (TBuilder)this;
        }

        /// <summary>Adjusts the request after the builder has filled it in; the checks still run on the result.</summary>
        public TBuilder Configure(Action<TRequest> configure)
        {
            _configure.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
            return (TBuilder)this;
        }

        /// <summary>The request as set up so far, not checked.</summary>
        public TRequest ToRequest()
        {
            TRequest request = Compose();
            foreach (Action<TRequest> configure in _configure)
            {
                configure(request);
            }

            return request;
        }

        /// <summary>Every violation of the request, errors and warnings, each naming the member at fault.</summary>
        public IReadOnlyList<Violation> Validate() => Check(ToRequest());

        /// <summary>The checked request.</summary>
        /// <exception cref="JobValidationException">The request has errors; the exception lists every violation.</exception>
        public TRequest Build()
        {
            TRequest request = ToRequest();
            IReadOnlyList<Violation> violations = Check(request);
            if (JobValidator.HasErrors(violations))
            {
                throw new JobValidationException(_operation, _name, violations);
            }

            return request;
        }

        /// <summary>The tags so far, a new list each time; null when there are none (the member is then left out).</summary>
        private protected List<Tag>? Tags => _tags.Count == 0 ? null : _tags.ToList();

        /// <summary>The environment variables so far, a new map each time; null when there are none.</summary>
        private protected Dictionary<string, string>? EnvironmentVariables =>
            _environment.Count == 0 ? null : new Dictionary<string, string>(_environment, StringComparer.Ordinal);

        /// <summary>Sets an environment variable, for the builders whose request has them.</summary>
        private protected TBuilder SetEnvironment(string name, string value)
        {
            _environment[name ?? throw new ArgumentNullException(nameof(name))] = value ?? throw new ArgumentNullException(nameof(value));
            return (TBuilder)this;
        }

        /// <summary>The request from the builder's own settings, before the <c>Configure</c> callbacks run.</summary>
        private protected abstract TRequest Compose();

        /// <summary>Every violation of <paramref name="request"/>.</summary>
        private protected abstract IReadOnlyList<Violation> Check(TRequest request);

        /// <summary>Builds the checked request and sends it with <paramref name="send"/>; a request with errors is never sent.</summary>
        private protected Task<TResponse> SendAsync<TResponse>(
            SageMakerClient client, Func<SageMakerClient, TRequest, CancellationToken, Task<TResponse>> send, CancellationToken cancellationToken)
        {
            if (client is null)
            {
                throw new ArgumentNullException(nameof(client));
            }

            return send(client, Build(), cancellationToken);
        }
    }
}
