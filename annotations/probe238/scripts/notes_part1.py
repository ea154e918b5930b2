"""probe238 corpus notes, R01-R07 (multidisciplinary calciphylaxis clinic and STS infusion chair; all invented)."""

R01 = {"patient_id": "R01", "age": 62, "sex": "F", "notes": [
("2023-03-14", "Calciphylaxis MDT Clinic Letter", """
JOINT NEPHROLOGY / DERMATOLOGY / WOUND CLINIC - Lindqvist Kidney Centre
Clinic date: 14 March 2023
Re: 62F, haemodialysis Tu/Th/Sat at the Pellingham satellite unit

Dear Dr Achterberg - many thanks for fast-tracking Mrs Rowntree (your query: ?calciphylaxis).
She describes an exquisitely tender area low down on the left of her belly which
appeared roughly 10 days ago and now wakes her at night, pain 9/10.
Background: renal failure from diabetic nephropathy, haemodialysis since 2020 (ESRD);
T2DM, basal-bolus insulin since June 2019; HTN; OSA on CPAP. Never on warfarin. BMI 38.2.
She injects glargine and aspart almost exclusively into the left lower abdomen -
"it's the easy side for me".
O/E: L lower pannus, 6x4cm woody purple-violet plaque, retiform margin and dusky centre,
not yet ulcerated. Right side of pannus soft, nothing to see.
Impression: appearance highly suggestive of calciphylaxis arising at her insulin sites.
Plan: punch bx (4mm) off the plaque edge today; Ca/PO4/PTH; stop calcium carbonate.
"""),
("2023-03-23", "Wound Care Nursing Note", """
TISSUE VIABILITY - calciphylaxis clinic
Histology back (reported 3/20/23): medial-layer calcium deposits within little subcut
vessels, von Kossa stain +, luminal thrombi = biopsy-proven calciphylaxis, talked through
with Dr Haverkamp.
Wound: L lower abdo / pannus. Plaque now 6.5x4.5cm; a 2x1.5cm black eschar
developing round the bx site, livedo at margins. No exudate, no odour; skin in the
fold a little macerated.
Pain 8/10, worst when the pannus hangs down, pt supporting it w/ a folded scarf.
Dressing: Aquacel Ag to eschar + absorbent pad, held with a net binder (no adhesive on
abdo skin).
Educated pt: move insulin away from L abdomen, use thighs for now, nothing within
5cm of the wound.
Thiosulfate (25g) put up during the last hr of dialysis, 3x/wk, began 3/21 per renal.
Review 1/52.
"""),
("2023-05-02", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT review - 2nd May 2023
Present: Dr Haverkamp (renal), Dr Sowunmi (derm), Ms Ellery (TVN)

Mrs Rowntree, 62, seven weeks into STS.
Tolerability: nausea with the first six doses, settled with ondansetron pre-dose;
pre-HD bicarbonate 19, so dialysate bicarb increased. No intradialytic hypotension.
Pain: hydromorphone 1mg PO 4-hrly prn plus gabapentin 100mg once each dialysis is
finished; sleeping much better.
Wound: eschar on the L lower pannus down to 2.5x2cm, its edges softening, livedo fading.
She has moved her insulin to the thighs only.
Hyperbaric oxygen: discussed at length; she declines because of 90 minutes' travel each
way and claustrophobia. Bisphosphonate: not for now; PTH 410 pg/mL so cinacalcet titrated up.
Wt 101.4kg / BMI 37.6.
Next steps: thiosulfate x3 weekly for another 8 wks, clinic again in 6 wks.
"""),
]}

R02 = {"patient_id": "R02", "age": 58, "sex": "M", "notes": [
("2019-11-05", "Calciphylaxis MDT Clinic Letter", """
MULTIDISCIPLINARY CALCIPHYLAXIS CLINIC
Date of clinic: 5-Nov-2019
Patient: 58 yo man, CAPD for 4 yrs (IgA nephropathy). Mechanical MVR 2011 -
warfarin (his INR goal is 3); he has no diabetes. BMI 27.1.

Sent on from Ashby General, where a punch biopsy on 24/10/2019 showed
calciphylaxis: calcified arterioles, intimal hyperplasia, fat necrosis.
Hx: painful patch along the inside of the right calf since mid-September, broke down
into an ulcer roughly a fortnight later.
Cramps: since last winter a hot-water bottle sits against his L calf each night in
bed; he insists the R leg never gets it.
Exam - medial R calf: 5x3cm ulcer, adherent yellow slough, retiform purpuric rim, very
tender. L calf: faint mottled brown pigmentation (erythema ab igne), soft, intact.
Plan: IV STS 25g x3/wk via our infusion suite (he is PD so no HD circuit); stop
calcitriol; vitamin K discussed with cardiology - warfarin cannot be stopped because of
the valve.
"""),
("2019-11-19", "Infusion Chair Nursing Note", """
INFUSION SUITE - CHAIR 6 - NURSING
STS dose #6. 22G PIV L antecubital, 1st attempt, good flashback.
Sodium thiosulfate 25g made up in 100ml saline, 60 min on the pump.
Pre: BP 138/84 HR 76 SpO2 97% RA. Post: BP 126/78 HR 80.
At 35 min c/o nausea and a "rotten egg" taste; rate reduced so total time 90 min,
ondansetron 4mg IV with relief. No vomitting.
R calf dressing dry + intact, left undisturbed today. Pain 7/10 in calf, took
hydromorphone 2mg at home at 0700.
PD: night cycler as usual, effluent clear.
PIV removed, site clean, pressure held 2 min.
Pt asking whether treatment can move closer to home - passed to coordinator.
Next dose Thurs 11/21.
"""),
("2020-01-14", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis clinic follow-up -- 14 January 2020
R medial calf ulcer: 3.8x2.1cm, slough lifting, granulation creeping in from the edges.
Pain down to 4/10.
Thrice-weekly STS tolerated apart from queasiness with every dose; HCO3 22.
HBOT: referred to the Kestrel Bay hyperbaric unit; declined after a trial session
because of ear pain on compression. Bisphosphonate: IV pamidronate was talked through,
we agreed to hold off while the wound keeps improving.
Warfarin continues (valve), INR 2.9; vitamin K2 supplement started.
He admits the hot water bottle is still going on his left leg at night. We explained that
heat on the skin is unwise for him and he should stop.
Weight 83kg, BMI 26.8.
Plan: finish 12 weeks of STS, review in March.
"""),
]}

R03 = {"patient_id": "R03", "age": 71, "sex": "F", "notes": [
("2021-07-08", "Nephrology HD Rounding Note", """
HD ROUNDS - Marsh Lane Dialysis Unit
71 F, HD MWF (L brachiocephalic AVF). ESRD 2/2 ADPKD. AF, warfarin since 2018.
No diabetes.
S: c/o very painful spot behind her R shoulder "like a burn", started in late June.
Has had a R frozen shoulder since the spring; her GP suggested cold therapy, and 3-4
times daily she has pressed a freezer gel ice pack onto the back of that shoulder
since Memorial Day. No fall or injury.
O: R posterior shoulder: violaceous 4x3cm plaque, grey-black centre, lacy purple
mottling around it. Exquisitly tender to light touch.
Bloods: corrected Ca 9.8, phosphate 7.1, PTH 620; INR 2.6.
A/P: strong concern -> ?calciphylaxis, urgent referral to calciphylaxis MDT.
Stop the ice pack. Hold calcitriol. Discussed with charge RN, photo uploaded.
"""),
("2021-07-15", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT Clinic - Dr M. Quereshi (renal), Dr L. Obuya (dermatology),
J. Fenwick (tissue viability)
15/07/2021

Dear Dr Dunmore,
We saw Mrs Tallis, 71, with a necrotic plaque over the right posterior shoulder. The
eschar now measures 3.5x3cm with livedo reaching the edge of the R scapula, and a
second 1cm tender nodule just below it. The lesion covers the very spot she has chilled
with ice for her frozen shoulder since the end of May.
Typical picture in a dialysis patient, and she is anticoagulated, so we are treating
this as calciphylaxis on clinical grounds and have not biopsied.
Changes: warfarin discontinued in clinic, apixaban 2.5mg bd from tonight; calcium
acetate switched to sevelamer; cinacalcet 30mg od. STS 25g after each dialysis from Monday.
BMI 31.4 - obese (class 1).
Pain: paracetamol regular, fentanyl 12 mcg/h patch via palliative care.
"""),
("2021-08-26", "HD Unit STS Nursing Log", """
HD unit nursing - STS log, week 6
STS 25g IV given in hour 4 of the session, via the venous chamber.
BP dipped to 92/54 at 3h10m, UF paused, 100ml NS bolus, recovered.
Nausea mild, no vomiting. Pre-HD bicarbonate 18 -> reported to Dr Quereshi, anion gap 17.
Pt rates R shoulder pain 5/10 today (9/10 at start), sleeping in the recliner less often.
TVN visit: eschar R posterior shoulder dry, edges lifting, no signs of infection.
Dry weight reviewed, post-dialysis wt 83.5kg.
Apixaban tolerated, no prolonged bleeding from needle sites.
Plan: continue STS, recheck bicarbonate Monday.
"""),
]}

R04 = {"patient_id": "R04", "age": 66, "sex": "M", "notes": [
("2024-02-06", "Nephrology Referral Letter", """
Renal Outpatients - Faircombe Hospital
6 Feb 2024
To: Calciphylaxis MDT
Re: 66 yo M, CKD4 with eGFR 18, no dialysis yet; pre-emptive transplant work-up
in progress.
T2DM on insulin degludec plus liraglutide, both injected into his abdomen. No
anticoagulant ever. BMI 33.4.
Since early January he has developed painful mottled skin over both thighs with a
handful of firm, tender lumps under the skin. No ulceration so far.
Calcium 9.4, phosphate 5.6, PTH 290; on calcitriol 0.25 mcg daily.
My worry is that this is early calciphylaxis; your opinion and a biopsy would be
much appreciated.
Best wishes,
Dr P. Ranganathan, consultant nephrologist
"""),
("2024-02-20", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT - 20.02.2024
Seen with his wife.
Findings: broken livedo racemosa over both anterolateral thighs, L > R, with three
1-2cm tender subcutaneous nodules on the L thigh; no ulcer, no necrosis.
Insulin sites (periumbilical) look normal.
Differential: early calciphylaxis vs livedoid vasculopathy vs cholesterol emboli
(no recent angiography or catheter procedures).
Deep incisional (telescoping) biopsy from a L thigh nodule taken today under LA.
Interim: calcitriol stopped; we asked him not to put heat or cold on either thigh.
STS not started pending histology.
Pain 4/10, paracetamol only.
"""),
("2024-03-12", "Calciphylaxis MDT Telephone Review", """
MDT telephone review 12/03/2024
Histology: septal panniculitis with one small vessel showing equivocal calcium on von
Kossa - pathologist unable to say yes or no to calciphylaxis.
Repeat biopsy offered; he declines further biopsies.
Pain 3/10 on paracetamol. He reports the livedo unchanged, no new lumps, skin intact.
Agreed: possible calciphylaxis, not proven. Given no ulceration, CKD 4 and no dialysis
access, STS not started; hyperbaric oxygen not indicated at this stage. Low-phosphate
diet advice, sevelamer started with meals.
Weight 104kg at his GP surgery last week, BMI 33.0.
Will review in 6 weeks or earlier if any ulcer appears.
"""),
]}

R05 = {"patient_id": "R05", "age": 51, "sex": "M", "notes": [
("2020-11-04", "Interventional Radiology Procedure Note", """
INTERVENTIONAL RADIOLOGY - PROCEDURE NOTE
Date: 4 Nov 2020
Procedure: US/fluoroscopy-guided R IJ tunnelled haemodialysis catheter, 14.5Fr,
19cm cuff length.
Why: 51M, ESRD (diabetic nephropathy; T2DM - linagliptin only,
no insulin), starting HD; fistula not yet created.
Anticoagulation: none; has never taken warfarin.
R IJ patent and compressible, accessed under US; tunnelled to exit on the right upper
chest approx 3cm beneath the clavicle. Tip at the cavoatrial junction on fluoro.
2 x 2-0 sutures at the exit. Exit covered with gauze and a transparent adhesive film,
edges reinforced with tape.
EBL minimal, no complications. Pt tolerated well.
Catheter may be used today. BMI 28.5.
"""),
("2021-01-12", "HD Unit Nursing Note", """
HD nursing note - catheter exit site check (R upper chest)
Pt c/o severe burning around the line dressing, says it started on Boxing Day and he
assumed he was allergic to the tape.
Under the film: purple net-like patch approx 5x4cm medial to the exit site with a
firm, very painful 1.5cm nodule centrally, skin dusky. Exit site itself clean, no pus,
no tenderness along the tunnel.
Note: we peel the film and tape off this same patch of skin every run.
Swab sent. Temp 36.8, BP 148/88.
Escalated to Dr Farrant - urgent referral to calciphylaxis clinic sent.
Dressing swapped for a silicone-edged foam; tape kept off the discoloured area.
"""),
("2021-01-19", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT, 19 January 2021
Mr Kaczmarek, 51, on HD since November via a R IJ tunnelled line.
Punch bx of the chest plaque (14/01/2021): small-vessel calcification, luminal
thrombosis and lobular panniculitis = calciphylaxis confirmed.
The necrotic plaque, now 6x5cm around a central eschar, lies under the adhesive
footprint of his line dressing on the right upper chest, where film and tape have
been stripped three times a week since the catheter went in.
Plan: IR to re-site the catheter to the left; silicone dressings only; STS 25g post-HD
TIW; stop calcium-based binder, cinacalcet 30mg; vascular surgery to create a L AVF.
Pain: tramadol avoided; hydromorphone 0.5mg prn.
Wife present, questions answered.
"""),
("2021-03-02", "Calciphylaxis Pain and STS Tolerability Review", """
Calciphylaxis pain & STS tolerability review - 2 March 2021
STS dose 18. Nausea on HD days, better since each dose runs over 60 min instead of 30.
No vomiting. QTc 452 ms. Anion gap 15.
Pain R chest wound 4/10 by day, 6/10 at night. Using hydromorphone 0.5mg 2-3 doses/day;
gabapentin 100mg post-HD added for the burning quality.
Wound R upper chest 4x3.5cm, eschar softening, no cellulitis.
L IJ tunnelled line since 21/01, functioning; AVF created 15/02, thrill good.
HBOT: suitable, referral accepted, 20 sessions planned at 2.4 ATA.
BMI 28.5. Glucose well controlled on linagliptin alone.
"""),
]}

R06 = {"patient_id": "R06", "age": 54, "sex": "F", "notes": [
("2022-09-27", "Calciphylaxis MDT Clinic Letter", """
Combined renal-dermatology-wound clinic, Tues 27 Sept 2022
Ms Adeyemi, 54, APD (nightly cycler) x3 yrs; insulin-treated T2DM (lispro mix)
for 12 yrs; BMI 41.2. No anticoagulant history.
Since Labor Day weekend there has been a painful, hardened area over the outer L thigh,
which opened up last week. She denies any knock, jab, heating or icing anywhere on that leg;
all her insulin is given into the abdomen.
O/E: L lateral thigh 7x5cm stellate ulcer, eschar black, surrounding livedo,
very tender.
Punch biopsy 2 weeks ago at Stanmore Dermatology: calciphylaxis, von Kossa positive.
Plan: STS 25g IV via PIV in our infusion suite Mon/Wed/Fri; extra daytime exchange added
to her PD prescription; calcium-free binder. Advised not to put ice or heat on the thigh.
"""),
("2022-10-11", "Infusion Chair Nursing Note", """
Infusion chair 2 - STS dose #7
PIV 22g R dorsal hand, 2nd attempt (1st attempt R forearm failed, small bruise).
STS 25g/100mL over 60 min. BP 152/90 -> 140/82.
Vomited x1 at 40 min; infusion paused 10 min, ondansetron 4mg IV, then completed.
Pt tells me that for the past week or so she has been pressing an icepack onto the thigh
wound overnight since "the burning is unbearable". Reminded her the MDT advised against this;
pain team asked to review sooner.
L lateral thigh dressing (Aquacel Ag + foam) intact, small strike-through.
CBG 212 - she skipped lunch insulin.
Next: Friday.
"""),
("2022-11-22", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT follow-up 22/11/22
L lateral thigh ulcer 6x4.5cm; loose slough sharply removed chairside today,
bleeding base, topical lidocaine beforehand.
STS: continuing three times weekly; nausea persists, managed with ondansetron and a
slower rate.
Ice stopped. Now on methadone 2.5mg bd (palliative care) + pregabalin 25mg.
Hyperbaric: accepted into the HBOT programme, starting 12/5.
IV pamidronate: considered, but we would rather avoid it with a PTH of 88 (possible
adynamic bone).
Weight 112kg; BMI 40.6.
She and her husband asked about the outlook; we were frank that healing may take
months. PD adequacy rechecked (Kt/V 1.8) - extra day exchange stays.
Review 4 weeks.
"""),
]}

R07 = {"patient_id": "R07", "age": 69, "sex": "M", "notes": [
("2018-05-03", "HD Unit Consultant Review", """
Dialysis unit - consultant review, 3rd May 2018
69 M, HD since 2015 (hypertensive nephrosclerosis). Not diabetic.
Past: DVT 2009, warfarin 2009-2012, no anticoagulant since.
Admitted in March with pneumonia and received SC heparin prophylaxis into the abdomen
for 10 days.
Now has several hard, slightly sore lumps dotted over the lower abdomen where those
injections went, pea-sized, some with chalky white tips. No ulcer, no livedo, no necrosis seen.
Phos 6.8, Ca 10.2, PTH 780.
Could this be calciphylaxis? Referred to the MDT clinic for assessment and biopsy.
BMI 24.3.
"""),
("2018-05-17", "Calciphylaxis MDT Clinic Letter", """
Calciphylaxis MDT 17/05/2018
Dear Dr Moncrieff,
About 8 firm 3-8mm papulonodules on the lower abdomen, two of them extruding chalky
material. The skin around them is normal - nothing retiform or purpuric, no induration,
and they are only mildly painful (2/10).
Impression: this looks more like calcinosis cutis at the heparin injection sites than
calciphylaxis, but a biopsy will settle it. 3mm punch of one nodule taken today.
No STS at this stage.
Phosphate control to be tightened: lanthanum 750mg tds with meals, dietitian review.
"""),
("2018-06-07", "Calciphylaxis MDT Results Letter", """
MDT results letter - 7 June 2018
Dear Dr Moncrieff,
Histology from the abdominal nodule: dermal deposits of calcium, no vascular
calcification, no thrombosis and no fat necrosis - calcinosis cutis.
Calciphylaxis excluded.
The nodules are slowly flattening on lanthanum. We have discharged him from the
calciphylaxis clinic back to the HD unit; referred for parathyroidectomy for tertiary
hyperparathyroidism (PTH 810).
Weight 71kg.
He asked whether lumps like these could appear again after future jabs - possible if
his calcium-phosphate balance stays poor, so the unit will keep a close eye on monthly
bloods.
Yours sincerely, Dr I. Saarinen, renal registrar
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
