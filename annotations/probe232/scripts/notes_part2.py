"""probe232 corpus notes, K08-K14 (telephonic and insurer case management plus the clinics
around it; every person, plan, place and sentence invented)."""

K08 = {"patient_id": "K08", "age": 60, "sex": "F", "notes": [
("2025-10-21", "ESRD/PD Disease Management Call", """
ESRD PROGRAM - QUARTERLY CALL + CARE GAP REVIEW
Northwind Health Plan | CM: J. Abernathy-Cole, RN
60F. Kidney failure from IgA nephropathy; manual PD, 4 exchanges daily. No diabetes.
Anticoagulants: none, ever - warfarin never prescribed. BMI 27.2 (wt 71 kg).
Care gaps: influenza vaccine - CLOSED, received 10/14/2025 at Hollis Drug, given in her
right upper arm (mbr confirms; pharmacy claim posted). Pneumococcal up to date. COVID
booster declined.
Mbr: arm "a bit sore two days, then fine".
PD: no peritonitis this year, exit site ok. Labs 10/2: PTH 410, P 6.2, Ca 9.4.
Education: binder with every meal; low-phosphorus snack list mailed.
Next call January.
"""),
("2025-11-18", "PD Clinic Nephrology Note", """
PD CLINIC - monthly visit, Dr. R. Castellanos
Complains of a sore, hard lump, lateral R upper arm, about 10 days now - "right where I got my
flu shot". Warm compresses (started 5 days ago) not helping.
Exam: firm violaceous nodule 3.5 cm on the lateral right upper arm, reticulate purpura on
top; no fluctuance; warmth confined to the lump. Afebrile. PD effluent clear.
Labs: corrected Ca 9.8, phos 6.3 (Ca x P ~62).
A: early calciphylaxis is on the list, alongside a vaccine reaction or sterile abscess.
P: stop the warm compresses; soft-tissue US of the arm; derm referral for deep biopsy;
calcium carbonate binder -> lanthanum. Plan CM messaged.
"""),
("2025-12-02", "Dermatology Consult", """
DERMATOLOGY - new patient, Dr. M. Ferreira-Lind
60F on PD; R upper arm nodule since early Nov, at the site of her influenza vaccination
(10/14/25). Soft-tissue US 11/21: no collection, subcutaneous edema only.
Exam: lateral R upper arm nodule, now 4 cm, dusky purpura centrally, early eschar;
no other lesions on exam.
Deep incisional biopsy done today, closed with 2 sutures.
Addendum 12/5/25: small subcutaneous vessels calcified, thrombosed lumens, septal
panniculitis. Calciphylaxis confirmed.
Plan: IV STS TIW (infusion suite - PD pt, no HD access), wound care,
pain mgmt referral, no further vaccines into the R arm.
"""),
("2026-01-13", "Utilization Review - Drug Continuation", """
UM NURSE REVIEW - sodium thiosulfate continuation (infusion center)
Dx: R upper arm calciphylaxis (biopsy 12/5/25). ESRD, PD-dependent. Nondiabetic.
Progress per derm visit 1/8/26: eschar holding at 3x2.5 cm, no infection; pain now 4/10,
was 8/10; mbr tolerating infusions without hypotension.
Request: 8 more weeks, 25 g sodium thiosulfate per infusion, TIW.
Criteria: documented diagnosis, objective improvement, site-of-care appropriate.
Determination: approved through 3/10/26. Mbr and CM notified; next review at 8 wks.
Pharmacy check: lanthanum filled monthly, no interacting meds. Mbr rides the plan
transport benefit to the infusion chair, about 1 h per visit.
"""),
]}

K09 = {"patient_id": "K09", "age": 64, "sex": "M", "notes": [
("2018-03-13", "Transitions of Care Call", """
TOC CALL - 72 h post d/c (hypoglycemia admit 3/8-3/10, Eastbrook General)
64M: ESRD w/ Tu-Th-Sa HD; type 2 DM using NPH; A-fib, Coumadin 3 mg daily with INR
drawn at dialysis; obesity, BMI 38.4 at discharge.
Insulin technique reviewed by phone: injects his stomach only, "two fingers under the belly
button, both sides"; legs and arms have never been used for shots, he says.
NPH cut from 20 u to 16 u BID at d/c. Hypoglycemia plan reviewed, glucagon kit picked up.
Meds otherwise unchanged. Sugars 110-160 since home.
F/u PCP 3/20 booked. Next TOC call day 14.
"""),
("2018-05-22", "Dermatology Consult", """
DERMATOLOGY - Hillcrest Dermatology
64M on HD, warfarin, DM on insulin. Six weeks of exquisitely tender mottled skin on both
inner thighs; the L side opened 1 wk ago. Thighs: no injury, no heat or
cold applied per pt; insulin goes in the abdomen only - abdominal skin normal.
Exam: retiform purpura on the medial thighs bilat - R 10x6 cm, L 12x8 cm with a 3 cm necrotic
ulcer.
Punch bx, edge of L medial thigh lesion: medial calcification + thrombi = calciphylaxis.
A/P: calciphylaxis, both thighs. Ask cardiology for a warfarin alternative; STS with HD;
wound care; pain control. Copy to health plan CM.
"""),
("2018-06-05", "Utilization Review - SNF Concurrent Review", """
UM - SNF CONCURRENT REVIEW, day 6
Maplewood Post-Acute. Dx: calciphylaxis of bilat thighs w/ L thigh ulcer; ESRD on HD.
Status: wound MD sharply debrided the L thigh ulcer 6/1; no NPWT per derm.
Coumadin stopped 5/25, now apixaban. STS with HD ongoing, no hypotension.
Wt 117 kg, BMI 38.0.
Therapy: ambulating 60 ft w/ RW, min A for stairs.
Criteria met for continued skilled stay. Approved 5 more days, next review 6/10.
Expected discharge: home, home health to follow.
"""),
]}

K10 = {"patient_id": "K10", "age": 70, "sex": "F", "notes": [
("2020-03-17", "Nephrology HD Rounding Note", """
HD ROUNDING NOTE - Clearwater Dialysis
70F, HD Mon/Wed/Fri; diet-managed DM2, A1c 6.1; HTN; PVD.
New: painful lesion back of the L calf - came up 2 wks ago looking like a "bruise", no
injury, has darkened. Pt: "I didn't bump it, it just showed up."
Exam: L posterior calf, violaceous plaque 4x3 cm, necrotic center, livedo surrounding.
Labs: PTH 1020 / phos 7.8 / Ca 9.2.
Imp: looks very much like calciphylaxis.
P: derm bx ASAP; cinacalcet up; switch to non-calcium binder; ABIs. Plan CM informed.
"""),
("2020-03-31", "Case Management Call", """
CM CALL - Bayline Senior Care Plan
Derm punch bx L calf 3/24 -> calciphylaxis, confirmed. STS started with dialysis 3/27.
Mbr admits that after the biopsy she started pressing a bag of frozen peas to the L
calf sore at night "to numb it". And on 3/28, climbing out of the van at the dialysis
unit, she knocked that same calf against the door frame - fresh bruise beside the wound.
Advised: no more frozen peas on the wound; have the HD nurse look at the bruise.
Pain 7/10, tramadol. Wt 61 kg, BMI 24.5.
No anticoagulants; not on insulin.
Next call 2 wks.
"""),
("2020-04-21", "Wound Clinic Note", """
WOUND CLINIC - follow-up
Dx: calciphylaxis (bx), L posterior calf; began early March 2020.
Mbr wondered if the frozen peas or the van door "made it worse" - explained the ulcer
predates both; the bruise has since cleared.
Wound 5.1x3.8 cm: eschar 60%, granulation 40%, violaceous rim. No cellulitis.
Plan: STS continues; hydrogel + foam; no heat/cold on the calf; elevate when
sitting.
Pain 5/10, tramadol at night only. HD unit reports phos down to 5.4 since the binder change.
RTC 2 wks; copy to plan CM.
"""),
]}

K11 = {"patient_id": "K11", "age": 52, "sex": "M", "notes": [
("2021-07-08", "Wound Care Center Note", """
WOUND CENTER - f/u visit #3
52M; kidney failure from FSGS, hemodialysis since 2017; prediabetic (A1c 6.0) on no glucose meds;
hypertension. Has never been on warfarin.
Dx: calciphylaxis, calves bilat - bx 6/11/21.
Per pt the legs have not been hurt; no heating pad, hot tub or ice ever used there;
no injections into the legs.
R calf: eschar 3.0x2.2 cm. L calf: eschar 5.5x3.0 cm, moist edge.
Periwound livedo bilaterally.
Plan: continue STS; Santyl to the L edge, keep R eschar dry. Compression discussed - will
NOT use until vascular clears him (ABI pending).
"""),
("2021-07-20", "Complex Case Management Call", """
CCM OUTBOUND CALL - Granite State Health Partners
Mbr engaged, 25 min. Walked through his calciphylaxis self-care plan:
- legs: nothing heated (pad, hot-water bottle) and no ice
- if anyone needs to give a shot, not in the legs
- protect the shins from bumps; pad the bed rails
Mbr teach-back correct.
Vascular appt 7/27 for ABI; if cleared, home health may start light compression wraps.
BMI 26.1. Low-phos diet reviewed; binder adherence good.
Next call 2 wks.
"""),
("2021-08-17", "Utilization Review - Hyperbaric Oxygen Request", """
UM REVIEW - HBOT request, 20 sessions
Dx: calciphylaxis, both calves, biopsy-proven; not healing after 8 wks of STS.
ABI 7/27: vessels noncompressible; toe-brachial index right 0.48, left 0.41. Vascular: no
compression advised.
Mbr 52M, HD TTS, no diabetes, BMI 26.1.
Medical director review: HBOT for calciphylaxis is off-label and reviewed case by case;
approved 20 sessions given failure of standard therapy; reassess at session 20 with wound
measurements.
Clinicals 8/12 per wound center: L calf eschar 5.8x3.2 cm, R 2.6x2.0 cm, no infection.
Logistics: HBOT booked on non-dialysis days; plan ride benefit arranged.
"""),
]}

K12 = {"patient_id": "K12", "age": 67, "sex": "F", "notes": [
("2022-02-15", "Complex Case Management Call", """
CCM CALL - Pinecrest Advantage
67F: ESRD on home PD (cycler); type 2 DM - glargine 22 u plus aspart per scale; obesity,
BMI 34.6; PE in 2010, took warfarin about a year, off it since 2011.
Mbr c/o right-sided sciatica since mid-Jan; PCP advised heat. Nightly while watching her
shows she puts the plug-in heating pad on her right lower back, "on medium".
Skin per mbr: "fine, maybe a little pink on the right".
Education: set a kitchen timer, keep a pillowcase between pad and skin, unplug before
sleep. PT benefit referral made.
Next call 3 wks.
"""),
("2022-04-05", "Home Dialysis Clinic Note", """
PD CLINIC - nephrology
Pt describes a "bruise" on the L lower back, 3 wks, very painful, no injury she can recall.
Exam: L lower back, paraspinal - retiform violaceous plaque 6x5 cm; eschar in its center
~1.5 cm. R lower back intact apart from faint mottled brown pigment where the pad sits.
She is sure the heating pad always sat on the R; not once on the L.
Labs: PTH 480 / phos 6.6 / Ca 10.3; on calcitriol.
A: probable calciphylaxis.
P: derm bx, hold calcitriol, STS once bx back; CM aware.
"""),
("2022-04-19", "Dermatology Note", """
DERMATOLOGY - Fairhaven Dermatology
Referred for the L lower back lesion. Bx 4/8: subcutaneous vascular calcification with
thrombosis - calciphylaxis.
Heat history: pad applied to the R low back only; left side never heated, never injured.
Exam: L lower back plaque unchanged, eschar now 2 cm, tender. R side without lesions.
Plan: IV STS TIW, infusion ctr (she does PD), foam dressing (no hydrocolloid); pain regimen per
PCP. BMI 34.0.
Meds: glargine, aspart, sevelamer; cinacalcet added 4/12. Pt anxious - written info on
calciphylaxis given. Photos uploaded. RTC 3 wks.
"""),
]}

K13 = {"patient_id": "K13", "age": 74, "sex": "F", "notes": [
("2023-09-12", "Complex Case Management Call", """
CCM CALL - mbr Mrs. D. Oyelaran, Sunridge Health Plan
74F: ESRD, dialysis Tue/Thu/Sat; HTN; hypothyroid; obesity, BMI 32.5. No diabetes. No
blood thinners.
She is also caregiver for her husband (enrolled in our program too), who injects insulin
into his belly and takes warfarin; last winter one of his injection spots turned into a
bad sore.
Her own concern today: painful dark patches across her lower abdomen for about a month.
She takes no injections and uses no heating pads.
Seen by nephrology last wk; derm appt 9/18.
CM: expedited the derm visit, reviewed pain plan, respite info for caregiving mailed.
"""),
("2023-09-18", "Dermatology Consult", """
DERMATOLOGY - Brookfield Skin Associates
74F on HD referred for lower abdominal lesions.
HPI: onset in August; the patches "came out of nowhere". No injections into the belly, no
injury, no heat/cold applied. Not diabetic.
Exam: across L and R lower abdomen, multiple violaceous indurated plaques and retiform purpura,
largest 7 cm in the LLQ with central necrosis. Breasts and thighs clear.
Punch bx x2 today.
Addendum 9/22/23: histologically confirmed calciphylaxis.
Labs via HD unit: PTH 702 / phos 6.8 / albumin 3.0.
Plan: STS during dialysis; wound care; calcium-containing binder discontinued.
"""),
("2023-10-03", "Utilization Review - Home Health Authorization", """
UM - HOME HEALTH AUTH REQUEST
Service: skilled nursing for wound care 3x/wk x 4 wks + HH aide 2x/wk.
Dx: calciphylaxis, lower abdominal wall, bx-proven 9/22/23.
Mbr 74F on HD, no DM, BMI 32.2.
Home situation: lives with husband, who has his own limitations (on insulin and warfarin)
and cannot do dressings.
Clinical: LLQ eschar 6.5x5 cm, two smaller plaques crusted; pain 6/10 on oral
hydromorphone. STS given during HD 3x/wk, no transport problems.
Criteria met. Approved; agency Stonebridge Home Care. CM to confirm start of care date.
"""),
]}

K14 = {"patient_id": "K14", "age": 61, "sex": "M", "notes": [
("2024-06-04", "Complex Case Management - Enrollment Assessment", """
CCM NEW ENROLLMENT ASSESSMENT - Lakeshore Medicaid Managed Care
61M: ESRD; has dialyzed Mondays, Wednesdays and Fridays since 2013; DM2 - degludec 30 u + lispro; obesity,
BMI 35.8. No anticoagulant use.
PMH per mbr: calciphylaxis back in 2016 on his belly, where he injected insulin; about 8
months of STS and it healed - "just scars now".
Insulin is still injected in the abdomen around the old scars.
New: both calves "achy and blotchy" for 2 weeks. No open sores. Thinks it is circulation.
Plan: nephrology notified today, vascular referral. Next call 1 wk.
"""),
("2024-06-18", "Dermatology Consult", """
DERMATOLOGY
61M HD pt with hx of calciphylaxis (abdomen 2016, resolved).
Now: both posterior calves - retiform purpura, plus shallow ulcers new x 1 wk.
Pt reports no injury, no heating or icing, no shots anywhere on the legs.
Abdomen: old atrophic stellate scars only, no active lesions.
Exam: R calf 3 ulcers up to 1.5 cm; L calf a single 2.5 cm ulcer with dusky rim. Pedal
pulses faint but present.
Punch bx L posterior calf today.
Path 6/21 (addendum): small vessels calcified and thrombosed - calciphylaxis.
Dx: recurrent calciphylaxis, both calves. STS to restart with HD.
"""),
("2024-06-25", "Utilization Review - Inpatient Initial Review", """
UM - INITIAL INPATIENT REVIEW, Lakeshore General
Admit 6/23/24: pain crisis, calciphylaxis of the bilateral calves, L calf ulcer with
surrounding cellulitis.
Tx: IV vancomycin dosed w/ HD, STS, hydromorphone IV prn; gen surg booked to debride the
L calf wound 6/26.
PMH: ESRD (HD); insulin-requiring type 2 DM; obesity - BMI 35.5.
Labs: WBC 14.1, CRP 88, phos 7.0, PTH 960.
Criteria: InterQual acute met (IV antibiotics, IV opioids). Approved 3 days, next review 6/26.
D/c plan: home with home health, sister to help.
"""),
("2024-07-16", "Transitions of Care Call", """
TOC CALL - d/c 7/12 from Lakeshore General
Spoke w/ mbr. L calf debrided 6/26; moist dressing daily now - wound RN from home health
three days a week, his sister the rest. R calf ulcers crusted, smaller.
Meds rec'd: degludec 26 u (reduced), lispro, STS with HD, oxycodone prn, sevelamer.
Reinforced: his legs get neither heating pad nor ice pack; pillows under the calves in bed.
Pain 5/10 on oxycodone, sleeping better. Barrier: worried about cost of dressing
supplies - DME benefit explained.
F/u: derm 7/30, wound clinic 7/23. Next call 1 wk.
"""),
]}

PATIENTS = [K08, K09, K10, K11, K12, K13, K14]
