"""probe134 corpus notes, W15-W20 (kidney transplant center and the clinics around it; all invented)."""

W15 = {"patient_id": "W15", "age": 44, "sex": "F", "notes": [
("2024-03-12", "Post-Transplant Clinic", """
POST-TRANSPLANT CLINIC - long-term follow-up (yr 9)

44F, ESRD from IgA nephropathy, preemptive LDKT 2015 (donor: husband) - never needed
dialysis. Current Cr 1.7, eGFR 38 (CKD 3bT), stable.
PTDM since 2017, insulin degludec 22 units qd, injects into the lower abdomen.
IS: tac ER 4 mg (trough 5.1), MMF 500 BID, pred 5.

S: About a month of tender lumps in the lower abdomen, both sides, "where I do my shots".
O: BP 128/80  HR 76  Wt 84.0 kg  BMI 31.0
Lower abdomen: several 1-3 cm firm, tender subcutaneous nodules, faint dusky color over two
of them, no ulceration. Graft RLQ nontender.
Labs: Ca 10.4, Phos 3.1, PTH 210, A1c 8.0.

A/P: tender abdominal nodules at insulin sites - lipohypertrophy vs panniculitis; early
calciphylaxis not excluded even w/o dialysis history. Derm referral. Until then she should
inject into the thighs.
"""),
("2024-04-02", "Dermatology Consult", """
DERMATOLOGY

44F, kidney tx recipient on IS, PTDM on insulin. Tender lower abdominal nodules x 2 mo.
Exam: bilateral lower abdomen, 5 firm tender nodules 1-3 cm, two with overlying
violaceous mottling; no eschar, no ulcer. Thighs clear.

Punch bx 3/26 (L lower abdomen, 4 mm): lobular panniculitis with a few tiny calcium
deposits in fat lobules; no vessel-wall calcification seen, sampling superficial.
Nondiagnostic.

Impression: panniculitis - possible early calciphylaxis vs insulin-related panniculitis /
lipohypertrophy; cannot be settled on this specimen.
Deep incisional (telescoping) bx recommended; she says no for now - afraid of a
non-healing wound. Will revisit.
Meanwhile: no more injections into the abdomen, check vit D/PTH, avoid calcium supplements.
"""),
("2024-05-14", "Transplant Nephrology - Transfer of Care", """
TRANSPLANT NEPHROLOGY - TRANSFER OF CARE SUMMARY

44F, LDKT 2015, CKD 3bT (Cr 1.7), PTDM on insulin, obesity (BMI 30.8 today).
Relocating to Bend, OR for husband's job end of May; care to transfer to the transplant
program in Portland. Records and last tac levels faxed.

Open issue: tender lower abdominal nodules - possible calciphylaxis, NOT confirmed.
Superficial bx nondiagnostic; she declined a deeper bx. Nodules unchanged, no ulcers.
Insulin now into thighs only. Ca 10.2.
Suggested to receiving team: repeat deep bx if any ulceration, eschar or new purpura.

Meds at transfer: tac ER 4 mg, MMF 500 BID, pred 5, degludec 22 u, TMP-SMX, ASA 81.
"""),
]}

W16 = {"patient_id": "W16", "age": 69, "sex": "M", "notes": [
("2017-08-15", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - monthly

69M, ESRD from DKD, CAPD 4 exchanges/day since 2015, on kidney tx waitlist (active).
DM2 on insulin glargine 24 u + aspart. PAD, former smoker (40 pk-yr). BMI 27.5.

S: L calf wound. His neighbor's dog scratched his L posterior calf on 7/20; the scratch
never closed, now black-crusted with a purple rim that is very sore.
O: L posterior calf 3x2.5 cm ulcer, dry eschar, 2-cm mottled violaceous rim that he
won't let me touch. No palpable pedal pulses on the L. Exit site ok.
Labs: PTH 540, phos 6.4, Ca 9.5, alb 3.2.

A/P: nonhealing L calf ulcer - ischemic ulcer vs r/o calciphylaxis (pain way beyond
what it looks like, livedoid edge). ABIs + vascular referral; derm if not ischemic.
Doxycycline x 7 d.
"""),
("2017-09-05", "Vascular Surgery Consult", """
VASCULAR SURGERY CONSULT

69M on PD, DM2, on transplant list, nonhealing L posterior calf ulcer after a dog scratch.
ABI L 0.52 (noncompressible tibials, TBI 0.31), R 0.78.
Angio CTA: L SFA occlusion w/ reconstitution at the popliteal, 2-vessel runoff.

Exam: ulcer 3.5x3 cm, eschar, surrounding livedo, cool foot.

Impression: critical limb ischemia with a tissue-loss ulcer. Calciphylaxis still in the
differential given the livedoid, extremely painful border - cannot exclude it. I would not
biopsy a poorly perfused calf before revascularization (risk of a new nonhealing wound).
Plan: L SFA angioplasty/stent 9/19; derm after revasc if not improving.
"""),
("2017-10-03", "Transplant Waitlist Status Note", """
TRANSPLANT COORDINATOR - LIST STATUS

69M, PD, active on list since 2016.
S/p L SFA stent 9/19/17. L calf ulcer smaller, 2.5x2 cm, pain better.
Diagnosis never settled: ischemic ulcer vs ?calciphylaxis - no biopsy done, derm
appointment not kept.
Committee 9/29: made inactive until the ulcer heals and cardiology re-clears him.
Waiting time continues to accrue while inactive; PD unit to send wound photos monthly.
Meds reviewed: glargine, aspart, clopidogrel, atorvastatin, sevelamer; no warfarin.
Pt informed by phone, agrees.
M. Odhiambo RN, CCTC
"""),
]}

W17 = {"patient_id": "W17", "age": 76, "sex": "F", "notes": [
("2025-08-05", "Peritoneal Dialysis Clinic Note", """
HOME PD CLINIC

76F, ESRD from hypertensive nephrosclerosis, CCPD since 2021. Transplant referral in 2023:
not a candidate (frailty, cardiac). AF - warfarin (INR 2-3), HFpEF, obesity.

S: Sore area under the R breast for ~3 wks, where the underwire of her bra presses.
Stopped the bra last week, still hurts.
O: BP 118/64  HR 72 irreg  Weight 84.5kg  BMI 33.4
R inframammary fold: 4 x 3 cm tender mottled purple patch, slight induration, no break
in the skin. Exit site clean.
Labs: PTH 430, phos 6.2, Ca 9.4, INR 2.8, alb 2.9.

A/P: tender livedoid patch R breast - pressure bruising vs early calciphylaxis? Derm
referral. Soft bra w/o wire.
"""),
("2025-08-26", "Dermatology Consult", """
DERMATOLOGY CONSULT

76F on PD, AF on warfarin. R inframammary patch x ~6 wks.
Exam: R inframammary fold 5x4 cm livedo racemosa centered by a 1.5-cm firm, very tender
violaceous nodule; no eschar. L breast normal. Abdomen, thighs clear.

Impression: suspect early calciphylaxis (PD, warfarin, female, obesity, low albumin).
Ddx: pressure-related purpura, warfarin-associated bruising.
Discussed a 2-punch bx to confirm; pt declines ("I don't want another wound at my age").
Her decision respected.
Plan: empiric - nephrology to consider STS IP/IV; ask cardiology re: stopping warfarin;
loose clothing, no wires; recheck 4 wks.
"""),
("2025-09-30", "Palliative Care Note", """
PALLIATIVE CARE - clinic consult

76F, ESRD on PD, HFpEF, AF. Increasing fatigue, 2 admissions for volume overload since July.
Goals: she wants to stop dialysis and be at home w/ family.
Skin: R breast livedo/nodule - possible calciphylaxis per derm, never biopsied; now a bit
larger, no eschar.
Plan agreed with pt, daughter and Dr. Sandoval (nephrology):
- stop PD after this week; hospice referral placed (Cedar Hollow Hospice)
- stop warfarin, sevelamer, cinacalcet
- oral hydromorphone 0.5 mg q4h as needed for pain/dyspnea
- DNR/DNI, POLST completed
"""),
]}

W18 = {"patient_id": "W18", "age": 60, "sex": "M", "notes": [
("2016-02-24", "Post-Transplant Clinic", """
POST-TRANSPLANT CLINIC - urgent visit

60M, DDKT 9/2015 for ESRD (ADPKD), HD x 3 yrs before tx. Cr 1.3, stable.
IS: tac, MMF, pred 5.
S: 3 days of L calf swelling and ache.
O: BP 134/80  HR 84  Wt 78.8 kg  BMI 25.3. L calf circumference +3 cm vs R, tender.
Duplex today: occlusive DVT L popliteal and posterior tibial veins.

A/P: Provoked(?) L leg DVT.
- enoxaparin 80 mg SC q12h (self-injects, abdomen), plus warfarin 5 mg qd,
  both from today; stop enoxaparin once INR >= 2 x 24 h
- no apixaban for now (formulary/tac interaction review pending)
- anticoag clinic referral
"""),
("2016-03-02", "Emergency Department Note", """
ED NOTE

60M kidney tx recipient, started warfarin 1 wk ago for L leg DVT (enoxaparin stopped 2/28
when INR 2.3), presents w/ abrupt, severe pain and a darkening patch of L anterior thigh since
2/29, spreading. No trauma.
Vitals: T 37.0, HR 96, BP 142/84.
Exam: L anterior thigh 10x7 cm purple-black patch w/ hemorrhagic bullae at the center and
irregular red border, exquisitely tender.
Labs: INR 3.1, plt 210, Cr 1.4, Ca 9.8, Phos 3.0.
Impression: L thigh skin necrosis. Considering warfarin-induced skin necrosis, or
calciphylaxis, or a necrotizing infection. Admitted; warfarin held, vitamin K 2.5 mg IV,
UFH infusion; derm/surgery consulted.
"""),
("2016-03-16", "Dermatology Follow-up", """
DERMATOLOGY - clinic f/u after admission

Bx 3/3/16 L anterior thigh: venules of dermis and fat packed with fibrin thrombi;
hemorrhagic necrosis. VK stain shows no
calcium anywhere, vessels or fat. Not a vasculitis. Protein C activity 38% (ref 70-140), drawn off warfarin.

Final diagnosis: skin necrosis from warfarin, on a background of protein C deficiency.
We considered calciphylaxis; it is excluded (no vascular calcification, normal Ca/Phos,
working graft).

L thigh wound now 10x7 cm with dry eschar, plastics to debride next week.
Anticoag: warfarin permanently stopped; on LMWH, switching to apixaban per heme.
"""),
]}

W19 = {"patient_id": "W19", "age": 38, "sex": "F", "notes": [
("2021-10-05", "Living Donor Evaluation - Nephrology", """
LIVING KIDNEY DONOR EVALUATION - NEPHROLOGY

38F, volunteering to donate to her brother (41M, ESRD on HD, intended recipient).
She is healthy. No HTN, no diabetes (A1c 5.3, fasting glucose 88), no kidney stones.
No anticoagulants, takes OCP and a daily vitamin.
FHx: brother ESRD from FSGS (APOL1 not relevant - tested neg), brother also had calciphylaxis
of both thighs in 2020 on dialysis, now healed; mother DM2; father CAD at 62.

Exam: BP 118/72 (ABPM avg 116/70), HR 64, Ht 168 cm, Wt 79.9 kg, BMI 28.3. Skin normal.
Labs: Cr 0.74, measured GFR 108 mL/min/1.73m2, UACR 4, UA neg. Ca 9.3.
CT angiogram: two kidneys, single arteries bilaterally, no stones.

Impression: acceptable donor from a renal standpoint (our BMI limit for donors is 35).
Calciphylaxis in her brother is a dialysis complication, not a concern for her.
"""),
("2021-11-16", "Living Donor Selection Committee Note", """
LIVING DONOR SELECTION COMMITTEE SUMMARY

Donor: 38F, sibling of intended recipient. Blood type O -> recipient A, compatible.
Crossmatch negative. Psychosocial eval: appropriate, motivated, no coercion; ILDA met
with her 10/26. Surgical review: L laparoscopic donor nephrectomy planned.
Medical: mGFR 108, BP normal, BMI 28.3, no diabetes, normal skin exam.
Decision: APPROVED. Surgery date to be set with recipient team (tentatively January).
Donor counselled on lifelong follow-up, 1-, 6-, 12-, 24-mo OPTN labs.
No open issues from dermatology or hematology. Advised to stop the OCP 4 wks pre-op
(VTE risk) and use barrier contraception meanwhile.
"""),
]}

W20 = {"patient_id": "W20", "age": 54, "sex": "M", "notes": [
("2018-05-08", "Transplant Pharmacy Note", """
TRANSPLANT PHARMACY - PRE-LISTING MEDICATION REVIEW

54M, ESRD from DKD, home CAPD since 2016, in transplant eval. DM2 on insulin (glargine 30 u,
lispro w/ meals). Ischemic cardiomyopathy; LV thrombus after MI 2017 -> warfarin, INR goal 2-3.
BMI 31.4.

Education provided:
- Warfarin together with calcium binders and a high phosphorus make calciphylaxis more
  likely for dialysis patients. Watch for painful purple or hard spots on the skin,
  esp. belly and thighs, and call us. He has had none.
- Suggested to cardiology: consider apixaban in place of warfarin if LV thrombus resolved.
- Calcium carbonate -> sevelamer (done today w/ nephrology).
- Future tacrolimus interactions reviewed (amiodarone stopped last yr - ok).
Pt teach-back good. Wife present.
"""),
("2018-09-11", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - monthly

54M on CAPD, listed for DDKT 7/2018 (active). Echo 7/2018: LV thrombus resolved;
cardiology switched warfarin -> apixaban 5 mg BID.
No peritonitis. UF 900 mL/day.
Skin check (we look each visit given his prior warfarin): abdomen, thighs, buttocks intact,
no purpura, no nodules, nothing to suggest calciphylaxis.
Exit site: clean, no crust or erythema.
VS: BP 132/78, wt 101 kg (BMI 31.7), euvolemic.
Labs: iPTH 380 / PO4 5.1 / alb 3.7 / Ca 9.0, weekly Kt/V 2.0.
Plan: continue current Rx, glargine 28 u, sevelamer 1600 TID. RTC 1 mo.
"""),
]}

PATIENTS = [W15, W16, W17, W18, W19, W20]
