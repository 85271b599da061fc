#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 128 x.jfr` output: the hottest top frames,
and the share of samples whose stack contains each marker (inclusive). Usage: jfr-top.py samples.txt [marker...]"""
import collections
import re
import sys

MARKERS = ["DearWebhookResource.receive", "InboxWriter.store", "WebhookPayload.parse", "JsonProvider.provider",
           "ServiceLoader", "Fingerprint.of", "ConcreteSqmSelectQueryPlan.buildCacheableSqmInterpretation",
           "QuerySqmImpl.<init>", "SessionImpl.flush", "org.hibernate", "org.postgresql", "com.arjuna",
           "org.jboss.jca", "org.jboss.resteasy", "io.undertow", "org.jboss.weld", "ValidatorImpl",
           "InboxDispatcher", "InboxClaimer", "InboxEventHandler", "JsonbResolver", "yasson"]

text = open(sys.argv[1]).read()
markers = sys.argv[2:] or MARKERS
top, incl, n = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample {")[1:]:
    stack = event.split("stackTrace = [", 1)[1] if "stackTrace = [" in event else ""
    frames = re.findall(r"^\s+([\w.$<>/]+)\(", stack, re.M)
    if not frames:
        continue
    n += 1
    top[frames[0]] += 1
    hit = {m for m in markers for f in frames if m in f}
    for m in hit:
        incl[m] += 1
print(f"{n} samples")
for frame, count in top.most_common(30):
    print(f"{100 * count / n:5.1f}% top   {frame}")
for m in markers:
    print(f"{100 * incl[m] / n:5.1f}% incl  {m}")
