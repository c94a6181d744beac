#!/usr/bin/env python3
"""Counts for comparing two organogram snapshots, computed with Python's csv
module and nothing of Structura, so tests/unit/compare/snapshots.test.ts can
check the importer and the comparison against them.

Usage: python3 tests/support/organogram_counts.py A_BASE B_BASE
(bases as in tests/fixtures/organograms, e.g. audit_commission-2011-03-31).

Rules, as the organogram guidance states them:
- a post is a distinct "Post Unique Reference" whose Name is not "Eliminated";
  its row is the first row with that reference;
- its manager is "Reports to Senior Post" when that names another kept post, else none;
- senior FTE: per post, the FTE of each row with a different holder (a job
  share), a repeated holder counted once; a blank FTE counts 1;
- cost known: the post's first row has a pay floor or a pay ceiling;
- junior FTE: the sum of "Number of Posts in FTE" over every junior row.
"""
import csv
import json
import os
import sys

DIR = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'organograms')


def column(row, *names):
    for key in row:
        if key and key.strip().lower() in names:
            return (row[key] or '').strip()
    return ''


def number(text):
    text = text.replace(',', '').replace('£', '').strip()
    try:
        return float(text)
    except ValueError:
        return None


def senior(base):
    with open(os.path.join(DIR, base + '-senior.csv'), encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    posts = {}
    for row in rows:
        ref = column(row, 'post unique reference')
        name = column(row, 'name').strip("'")
        if not ref or name.lower() == 'eliminated':
            continue
        fte = number(column(row, 'fte'))
        fte = 1.0 if fte is None else fte
        if ref not in posts:
            posts[ref] = {
                'title': column(row, 'job title'),
                'manager': column(row, 'reports to senior post'),
                'organisation': column(row, 'organisation'),
                'fte': fte,
                'holders': [name.lower()],
                'costKnown': number(column(row, 'actual pay floor (£)')) is not None or number(column(row, 'actual pay ceiling (£)')) is not None,
            }
        elif name.lower() not in posts[ref]['holders'] or name.lower() in ('n/d', 'vacant', '') and posts[ref]['fte'] < 1:
            posts[ref]['holders'].append(name.lower())
            posts[ref]['fte'] += fte
    for post in posts.values():
        if post['manager'] not in posts:
            post['manager'] = None
    return posts


def junior_fte(base):
    with open(os.path.join(DIR, base + '-junior.csv'), encoding='utf-8-sig', newline='') as f:
        return round(sum(number(column(r, 'number of posts in fte')) or 0 for r in csv.DictReader(f)), 6)


def counts(a, b):
    A, B = senior(a), senior(b)
    shared = [k for k in A if k in B]
    side = lambda P, base: {
        'posts': len(P),
        'seniorFte': round(sum(p['fte'] for p in P.values()), 6),
        'juniorFte': junior_fte(base),
        'costKnown': sum(p['costKnown'] for p in P.values()),
        'organisations': sorted({p['organisation'] for p in P.values()}),
    }
    return {
        'from': side(A, a),
        'to': side(B, b),
        'added': len([k for k in B if k not in A]),
        'removed': len([k for k in A if k not in B]),
        'moved': len([k for k in shared if A[k]['manager'] != B[k]['manager']]),
        'retitled': len([k for k in shared if A[k]['title'] != B[k]['title']]),
        'retagged': len([k for k in shared if A[k]['organisation'] != B[k]['organisation']]),
    }


if __name__ == '__main__':
    print(json.dumps(counts(sys.argv[1], sys.argv[2])))
