"""probe232 corpus notes, K15-K20 (telephonic and insurer case management plus the clinics
around it; every person, plan, place and sentence invented)."""

K15 = {"patient_id": "K15", "age": 57, "sex": "F", "notes": [
("2019-02-12", "Telephonic Disease Management - Diabetes", """
DM PROGRAM OUTREACH - Keystone Valley Health Plan, RN CM A. Lindqvist
57F: T2DM on U-500 regular insulin 0.3 mL TID by syringe; CKD 4 - eGFR 18, no dialysis
yet, transplant work-up under way; HTN; obesity - "BMI has been 33-35 the past year" per
PCP. No warfarin.
Injects into the lower abdomen. Reports "hard painful lumps" in that area for a few weeks,
some with a purple tinge.
Education: rotate sites, do not inject into lumps, glucose log. Message to PCP and
nephrology about the lumps.
Mbr agreeable. Next call 3 wks.
"""),
("2019-03-05", "Nephrology CKD Clinic Note", """
CKD CLINIC - Dr. F. Oduya
Seen for CKD 4 f/u and abdominal skin changes.
Exam: firm, tender subcutaneous nodules scattered over the lower abdomen in her insulin
zone; two have violaceous skin on top with a faint livedo pattern. No ulceration.
Labs: eGFR 17, PTH 388, phos 5.9, Ca 9.9.
A: could be lipohypertrophy w/ fat necrosis or a panniculitis - but early calciphylaxis
remains possible with CKD 4, raised phos and obesity.
P: derm for deep incisional bx; calcium carbonate off; insulin to thighs meanwhile.
Pt hesitant about biopsy. BMI 34.1.
"""),
("2019-04-16", "Case Management Closure Note", """
CM CASE CLOSURE
Mbr declined the derm biopsy ("no more needles, I'm done"). Lumps "about the same" per
mbr, no open areas.
Nephrology letter 4/2: "possible calciphylaxis not excluded; recommend biopsy if new
ulceration."
Mbr disenrolled eff 4/30/19 - moving to Arizona where her daughter lives. Records
released per her signed request; new PCP info not yet available.
Case closed, goals partially met (A1c 8.2 from 9.0). Insulin technique good at last
check; no hypoglycemia reported this quarter.
"""),
]}

K16 = {"patient_id": "K16", "age": 80, "sex": "M", "notes": [
("2020-11-03", "Complex Case Management Call", """
CCM - CONSERVATIVE KIDNEY MANAGEMENT PATHWAY
80M: ESRD (eGFR 8) - chose conservative care without dialysis (decision made 2019 and
reaffirmed at last visit). Not diabetic. No anticoagulant or antiplatelet.
Wt 61.3 kg, down from 66 kg in the spring.
Son on the call: dad sits by the wood stove most of the day with an electric pad warming
both thighs. New "purple lacy marks" on both thighs since roughly October; one
spot has a scab now.
Plan: nephrology home visit this week; told son the pad should not touch bare skin; fall
and fire safety reviewed.
"""),
("2020-11-06", "Nephrology Home Visit Note", """
NEPHROLOGY HOME VISIT (CKM program) - Dr. I. Rasmussen
Bilateral anterior thighs: reticulated violaceous livedo over a brownish net; L thigh has
2 small shallow ulcers, tender to touch.
Ddx: erythema ab igne from chronic heat vs calciphylaxis (uremic, Ca x P ~70) - cannot
exclude calciphylaxis.
Biopsy discussed - pt and son decline; goals comfort-focused.
Vitals: BP 104/60, wt 60.8 kg. Labs 10/28: potassium 5.4, CO2 18, Ca x P about 70 (P 7.1).
Plan: stop heating pad, petrolatum + nonadherent dressing, hospice referral, continue
binder for itch/comfort only. Caregiver strain discussed with son.
"""),
("2020-12-01", "Case Management Note - Hospice Election", """
CASE NOTE - hospice election
Mbr elected hospice 11/20 (Lantern Hospice). Per hospice RN: thigh ulcers stable,
"suspected calciphylaxis vs erythema ab igne", no biopsy planned. Weight 60 kg.
Son managing meds; heating pad removed from the house. Mbr dozes much of the day, takes
small meals.
Comfort meds: oxycodone oral solution prn, lorazepam prn. POLST on file, DNR.
CM to mail the hospice benefit summary to the son.
Case transferred to the hospice liaison; CCM episode closed per protocol.
"""),
]}

K17 = {"patient_id": "K17", "age": 68, "sex": "F", "notes": [
("2021-05-11", "Transitions of Care Call", """
TOC CALL - d/c 5/8/21 from Whitfield Memorial
68F: mechanical mitral valve on warfarin (restarted 4/30 after a hold for a tooth
extraction, with enoxaparin bridging shots into her abdomen 4/30-5/6); CKD stage 3a, eGFR
48, not on dialysis; not diabetic; obesity, BMI 37.9.
Admitted 5/5 for painful purple patches on the left breast and lower abdomen that began
5/4. Inpatient derm impression: warfarin necrosis or non-uremic calciphylaxis, unclear which.
Protein C level pending at d/c. Biopsy deferred (valve, anticoag).
Warfarin continued at a lower dose; INR target per cardiology.
F/u derm 5/25, cardiology 5/18. Mbr understands to report new lesions.
"""),
("2021-05-25", "Dermatology Follow-up", """
DERMATOLOGY F/U
L breast and lower abdominal plaques: central necrosis now demarcated, not spreading.
Exam: breast plaque 6x4 cm, abdominal plaque 5x3 cm, black centers, violaceous rims; no
additional lesions. Pain 4/10. INR today 3.1.
Protein C activity 58% (low-normal). Calcium, phos normal.
A: still two candidates - warfarin-associated necrosis vs non-uremic calciphylaxis (CKD
3a only); neither proven.
Biopsy offered again - pt declines ("they told me I bleed too easy").
P: local wound care, continue warfarin per cardiology, no empiric STS for now.
"""),
("2021-07-20", "Complex Case Management Call", """
CCM CALL
Breast and belly wounds healed per mbr, "just brown scars". Derm 7/13 note: etiology
never established - calciphylaxis vs warfarin necrosis; no biopsy done.
INR stable 2.8-3.2 on warfarin, checks at anticoag clinic.
BMI 37.9 unchanged. Not on insulin; no DM.
Goals met; mbr graduated from CCM, to stay in the chronic condition outreach program.
Mbr asks about mammogram timing with the scar - to discuss w/ PCP. Husband is her
caregiver and drives her to INR checks.
"""),
]}

K18 = {"patient_id": "K18", "age": 49, "sex": "M", "notes": [
("2026-02-10", "ESRD Disease Management Call", """
ESRD PROGRAM CALL - Coastal Plains Health, RN CM E. Marchetti
49M: ESRD from diabetic nephropathy. Type 1 diabetic since he was a boy; uses a tubed
insulin pump, cannula changed every 3 days on the belly. Dialysis MWF in-center, L arm AVF.
No warfarin. BMI 25.3.
Mbr worried: his older sister, who was also a dialysis pt, passed away last year from
calciphylaxis; hers began at her insulin sites. Wants to know whether he is next and if
it is inherited.
Skin per mbr: no sores or dark patches; cannula sites clean.
Education: risk factors, good phosphorus control, report any new painful skin change fast.
Nephrologist to do a skin check at next rounding.
"""),
("2026-03-17", "Nephrology HD Rounding Note", """
HD ROUNDS - Oakmere Dialysis
Full skin check done because he asked (sister's history): abdomen incl. pump cannula
sites, flanks, thighs, legs - no lesions, no livedo, no induration. No evidence of
calciphylaxis.
Kt/V 1.4. Chem: calcium 9.0, phosphorus 5.1, PTH 310. A1c 7.4.
Vitals: pre-HD BP 138/76, post 124/70, IDWG 2.1 kg. AVF thrill good, no access issues.
Plan: continue current binder and cinacalcet, pump settings per endo; reassured pt, who is
relieved and will keep the program calls. Plan CM informed.
"""),
]}

K19 = {"patient_id": "K19", "age": 72, "sex": "F", "notes": [
("2018-09-18", "Complex Case Management Call", """
CCM CALL - Riverbend Medicare Advantage, RN CM S. Achebe
72F. HD-dependent ESRD (TTS schedule). Type 2 diabetic, glipizide only - insulin never
needed. Warfarin 2009-2012 after a PE; off since; obesity, BMI 30.6.
Ortho gave her a cortisone shot in the R shoulder; since Labor Day she ices that shoulder
with a gel pack.
Teaching: explained that being on dialysis makes calciphylaxis (a painful skin
breakdown) more likely, so no ice or heat directly against bare skin; call us about any dark, painful
spot.
L great toe diabetic ulcer - podiatry following, healing.
Next call 4 wks.
"""),
("2018-10-23", "Podiatry Wound Note", """
PODIATRY - wound f/u
L hallux plantar neuropathic ulcer 0.6x0.5 cm, granular base, callus rim pared. No probe
to bone. Offloading shoe in use.
Legs and feet otherwise intact, no livedo; no features of calciphylaxis.
R shoulder per pt much better; no longer using ice.
Vascular: DP/PT palpable bilat. A1c 7.6 per PCP. Offloading shoe and insole fit checked.
Daily foot checks with a mirror reinforced; daughter to help with nail care.
Plan: continue offloading, silver alginate, RTC 2 wks.
"""),
]}

K20 = {"patient_id": "K20", "age": 59, "sex": "M", "notes": [
("2022-01-11", "Complex Case Management Call", """
CCM CALL - Highcrest Health Plan
59M: ESRD, manual PD exchanges; nondiabetic; anticoagulants none. BMI 29.4 (overweight range).
Works from home; since Christmas keeps a small space heater under the desk pointed at
his shins for hours a day.
New: for ~1 wk, sore purple dots across both shins. Nephrology worried about
calciphylaxis, derm appt 1/20.
Labs from PD clinic 1/5: PTH 520, P 6.1, Ca 9.5. Wife on the call asks if it is
catching - reassured.
Advised: turn the heater away from bare skin; keep the appt.
"""),
("2022-01-20", "Dermatology Consult", """
DERMATOLOGY
59M on PD w/ painful lesions of both shins for ~2 wks.
Exam: anterior shins bilat - palpable purpura, several shallow punched-out ulcers up to
1 cm; faint reticulated brown net from the heater.
Differential: calciphylaxis; leukocytoclastic or other small-vessel vasculitis; erythema
ab igne.
Punch bx x2 (purpura, ulcer edge) + DIF.
Not diabetic. PD exit site clean. Heater used under the desk daily since late December.
Labs sent: ANCA, cryoglobulins, hepatitis panel, complement.
F/u 1 wk for path.
"""),
("2022-02-01", "Utilization Review - Prior Authorization Withdrawal", """
UM - PA REQUEST STATUS: sodium thiosulfate (requested 1/21, empiric)
Path 1/24: LCV (leukocytoclastic vasculitis); DIF granular IgA. Calcium stain negative,
vessel walls clean.
Derm 1/28: calciphylaxis ruled out. Request withdrawn by the nephrology office.
New plan: prednisone taper with a PPI; shin wounds healing with petrolatum and gauze.
BMI 29.4.
Rheumatology referral placed; urine studies not possible (anuric on PD). Mbr told by CM
on 2/1 and agrees with the plan.
Case closed for this request.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
