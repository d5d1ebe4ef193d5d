"""Benchmark of the exchange format: read, validate and write a synthetic 5,000-client file.

Run ``python benchmarks/bench_exchange.py [CLIENTS]``; prints figures, asserts nothing (the house
rule: performance is measured by benchmarks that print, not by timed unit tests).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, timedelta
from typing import Any

from pathways import exchange, hetu

SERVICES = (
    "service_need_assessment",
    "social_rehabilitation",
    "rehabilitative_work_activity",
    "job_coaching",
    "open_employment",
)


def synthetic_document(clients: int) -> dict[str, Any]:
    """*clients* clients with full details and one pathway of five steps and four transitions."""
    start = date(2024, 1, 1)
    result: list[dict[str, Any]] = []
    for number in range(clients):
        born = date(1960, 1, 1) + timedelta(days=number * 3)
        steps: list[dict[str, Any]] = []
        for index, service in enumerate(SERVICES):
            begin = start + timedelta(days=60 * index + number % 30)
            step: dict[str, Any] = {"id": f"s{index + 1}", "service": service,
                                    "responsible": "t1"}
            if index < 3:
                step |= {"status": "completed", "start": begin.isoformat(),
                         "end": (begin + timedelta(days=55)).isoformat()}
            elif index == 3:
                step |= {"status": "ongoing", "start": begin.isoformat(), "note": "2 pv/vko"}
            else:
                step |= {"status": "planned", "start": begin.isoformat(),
                         "position": {"x": 800.0, "y": 120.5}}
            steps.append(step)
        transitions = [
            {"from": f"s{index}", "to": f"s{index + 1}", "kind": "next",
             "shared_info": ["basic", "plan"], "consent": "k1"}
            for index in range(1, 5)
        ]
        result.append({
            "id": f"client-{number:05d}",
            "name": f"Asiakas Esimerkki {number}",
            "personal_id": hetu.compose(born, 2 + number % 997),
            "birth_year": born.year,
            "municipality": "Lahti",
            "languages": ["fi", "sv"],
            "goal": {"outcome": "open_employment", "description": "Palkkatyö"},
            "needs": [{"domain": "work_experience", "level": 2},
                      {"domain": "mental_health", "level": 1}],
            "consents": [{"id": "k1", "given_on": "2023-12-01",
                          "sectors": ["social", "employment", "employer"]}],
            "team": [{"id": "t1", "name": "Heidi Rantanen", "role": "Työhönvalmentaja",
                      "sector": "employment"},
                     {"id": "t2", "name": "Ville Toivonen", "role": "Sosiaaliohjaaja",
                      "sector": "social"}],
            "participation": {"entered_on": "2024-01-01", "status_on_entry": "unemployed"},
            "pathways": [{"id": "p1", "title": "Polku", "status": "active", "steps": steps,
                          "transitions": transitions}],
            "meetings": [{"id": "m1", "date": "2024-03-01", "participants": ["t1", "t2"],
                          "client_present": True, "next_review": "2024-06-01"}],
        })
    return {"format": exchange.FORMAT, "version": exchange.VERSION, "clients": result}


def timed(label: str, function: Any, repeat: int = 3) -> Any:
    """Run *function* *repeat* times; print the best wall-clock and CPU times (CPU time is the
    figure to trust on a busy machine, where other processes stretch the wall clock)."""
    best_wall = best_cpu = float("inf")
    value = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        value = function()
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(f"{label:<44} {best_wall * 1000:7.0f} ms wall {best_cpu * 1000:7.0f} ms CPU")
    return value


def main() -> None:
    clients = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    document = synthetic_document(clients)
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    steps = sum(len(p["steps"]) for c in document["clients"] for p in c["pathways"])
    print(f"{clients} clients, {steps} steps, {len(data) / 1e6:.1f} MB")
    timed("json.loads alone (for comparison)", lambda: json.loads(data))
    problems = timed("validate (parse + every rule)", lambda: exchange.validate(data))
    assert problems == [], problems[:5]
    parsed = timed("loads (parse + rules + domain objects)", lambda: exchange.loads(data))
    text = timed("dumps (write the same clients)",
                 lambda: exchange.dumps(parsed.clients, parsed.catalogue))
    timed("comparable of the original and of the copy",
          lambda: (exchange.comparable(document), exchange.comparable(json.loads(text))))
    broken = json.loads(data)
    for client in broken["clients"][::10]:  # one client in ten has a step ending early
        client["pathways"][0]["steps"][0]["end"] = "2020-01-01"
    broken_data = json.dumps(broken).encode("utf-8")
    problems = timed("validate with 500 errors", lambda: exchange.validate(broken_data))
    print(f"  → {len(problems)} problems, first: {problems[0]}")


if __name__ == "__main__":
    main()
