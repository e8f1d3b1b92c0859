#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks .ts files for entries a translator has not finished: unfinished, vanished or obsolete entries, empty
# translations, numerus entries without every form, and translations whose placeholders (%1 … %9, %n, %L1) differ
# from the source's. Prints one line per problem; exits 1 when there is any.
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?\d+|%n')
problems = []
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    for context in root.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{path}: {name}: "{source[:70]}"'
            kind = translation.get('type')
            if kind:
                problems.append(f'{where}: {kind}')
                continue
            forms = [f.text or '' for f in translation.findall('numerusform')]
            if message.get('numerus') == 'yes':
                if len(forms) < 2 or any(not f.strip() for f in forms):
                    problems.append(f'{where}: a plural form is missing')
                    continue
            else:
                forms = [translation.text or '']
            expected = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if not form.strip():
                    problems.append(f'{where}: empty translation')
                    continue
                found = sorted(set(PLACEHOLDER.findall(form)))
                if message.get('numerus') == 'yes':
                    # A singular form may spell the number out ("un jeton") instead of %n.
                    found = [p for p in found if p != '%n']
                    wanted = [p for p in expected if p != '%n']
                else:
                    wanted = expected
                if found != wanted:
                    problems.append(f'{where}: placeholders {wanted} in the source, {found} in "{form[:70]}"')
for p in problems:
    print(p)
if problems:
    print(f'{len(problems)} translation problem(s); fix them in Qt Linguist (linguist translations/*.ts)')
sys.exit(1 if problems else 0)
