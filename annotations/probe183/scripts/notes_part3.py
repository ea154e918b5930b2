"""probe183 corpus notes, C15-C20 (neuroimmunology / MS clinic and the services around it; all invented)."""

C15 = {"patient_id": "C15", "age": 47, "sex": "F", "notes": [
("2023-09-19", "MS Clinic Follow-up", """
MS CLINIC FOLLOW-UP (Sept 19, 2023)
47F RRMS (dx 2016), on glatiramer 40 mg SC 3x/wk since 2018, injects the lower abdomen only
("my thighs bruise too easily").
New: tender hard lump at one of her injection spots, R lower abdomen, since Labor Day weekend;
skin over it has turned purple-grey.
CKD4 from reflux nephropathy, eGFR 19; dialysis not started, fistula being planned. Not
diabetic. No blood thinners.
VS 146/90 | HR 78 | 101 kg | BMI 38.2.
Exam: R lower abdomen 3 x 3 cm indurated violaceous nodule with a faint livedoid rim; other
injection sites show lipoatrophy only.
A/P: injection-site panniculitis likely, but with advanced CKD want nephro and derm input.
Hold injections in the R lower quadrant; use the L side.
"""),
("2023-10-03", "CKD Clinic Note", """
CKD CLINIC - advanced kidney disease
47F CKD 4, eGFR 18. MS on glatiramer.
Seen for a painful R lower abdominal nodule at a glatiramer injection spot, since early Sept.
Exam: 4 x 3 cm firm purplish nodule, livedo around it, no ulcer.
Ca/PO4/PTH 9.4/5.9/410, albumin 3.6.
Assessment: glatiramer panniculitis vs early calciphylaxis; with this phosphate and PTH the
second cannot be excluded.
Modality talk: if dialysis is needed she favours PD at home; vein mapping booked for
the fistula.
Plan: derm bx requested; tighten phosphate (sevelamer 800 TID); dialysis education continues.
BMI 38.0.
"""),
("2023-10-24", "Dermatology Consult", """
DERMATOLOGY
47F, CKD 4, RRMS on glatiramer. R lower abdominal nodule at an injection site since early
September.
Punch bx 10/10/23: lobular panniculitis, necrotic fat; von Kossa finds no vascular calcium,
yet the specimen barely reaches the fat - nondiagnostic for calciphylaxis.
Impression: glatiramer panniculitis vs early calciphylaxis; calciphylaxis remains on the
differential.
Advised a deeper incisional specimen - she would rather wait; her job is relocating her to
Tucson next month. Records and slides sent with her; she will establish with a nephrologist there.
"""),
]}

C16 = {"patient_id": "C16", "age": 66, "sex": "M", "notes": [
("2026-03-10", "Intrathecal Baclofen Pump Refill", """
ITB PUMP REFILL - spasticity clinic 3/10/26
66M SPMS, ITB pump (L lower quadrant) implanted 05/2019, replaced 01/2025 for battery end of life.
Refill: skin over the pump prepped with chlorhexidine, 22G Huber needle through the template
into the reservoir, 18 mL removed (expected 18.4), 20 mL baclofen 2000 mcg/mL instilled.
Dose unchanged 310 mcg/day. Next refill in 12 wks.
Skin over the pump: intact, not red.
PMH: ESRD, dialyses Tues/Thurs/Sat; DM2 on linagliptin; warfarin for LV thrombus (INR 2.2).
Vitals: BP 128/70, HR 66, BMI 22.8.
Spasticity: MAS 1 both legs.
"""),
("2026-04-07", "Dialysis Rounding Note", """
HD rounds - 4/7/26
66M ESRD on HD, SPMS with baclofen pump, DM2, on warfarin.
S: painful purplish lump over the pump on the L lower belly x 10 days; no fever.
O: T 37.4, BP 118/62.
L lower abdomen over the pump pocket: tender violaceous nodule ~4x3cm, dusky in the middle,
with a faint lacework of livedo; nothing draining.
WBC 11.2; Ca/PO4/PTH 9.8/6.5/690; INR 2.9.
A: pocket infection vs seroma vs calciphylaxis - cannot rule out any of them.
P: admit via ED for imaging, neurosurgery and derm input.
"""),
("2026-04-21", "Hospital Discharge Summary", """
DISCHARGE SUMMARY
Admitted 4/7/26, discharged 4/21/26 to Ridgeview SNF.
Dx: tender nodule over L lower abdominal ITB pump pocket - etiology uncertain.
Course: CT showed a small fluid rim around the pump, aspirate culture negative. Neurosurgery
adivsed against biopsy near the pump. Derm: "possible calciphylaxis vs pocket inflammation".
Treated empirically with vancomycin/cefepime x 10 days and IV sodium thiosulfate with HD for
possible calciphylaxis. Warfarin changed to apixaban. Nodule smaller, center still dusky.
No tissue diagnosis obtained.
F/u: SNF physician, neurosurgery 2 wks, nephrology with HD at the SNF.
"""),
]}

C17 = {"patient_id": "C17", "age": 73, "sex": "F", "notes": [
("2019-02-12", "Seating and Mobility Clinic", """
SEATING & MOBILITY CLINIC (MS Center)
73F SPMS, EDSS 8.0, full-time power wheelchair user.
New chair delivered Dec 2018 with lateral thigh guides set snug to keep her hips midline; she
lists to the L and the L thigh guide bears most of her weight.
Pt reports a sore, mottled strip along the outer L thigh where the guide presses.
Skin check: L lateral thigh, a 10x3cm strip of livedoid discoloration, firmer and purplish
over a 2x2cm zone in its middle. Skin intact.
Adjusted: L guide widened 2 cm, gel pad added.
PMH: ESRD (peritoneal dialysis), AF anticoagulated with warfarin, nondiabetic, BMI 26.1.
Plan: skin check by PD nurse next week; recheck seating 4 wks.
"""),
("2019-03-05", "PD Clinic Note", """
PD Clinic 3/5/19
73F on CAPD, SPMS, AF on warfarin.
S: L outer thigh now very painful; purple area bigger despite the chair change.
O: L lateral thigh, at the level of the wheelchair thigh guide: retiform purpuric plaque
4x3cm, dusky centrally, sitting within a livedo band. Not ulcerated.
Ca/PO4/PTH 10.0/6.2/520, alb 2.8.
A: possible calciphylaxis; a deep pressure injury is also possible.
CAPD 3 bags/day, effluent clear. Daughter says she sits in the chair 10-12 h most days;
seating clinic told about the worsening.
P: derm bx recommended; stop calcitriol; discussed warfarin alternatives.
"""),
("2019-03-26", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT
73F, SPMS (bedbound most days), ESRD on PD, AF, L lateral thigh purpuric plaque.
Goals: pt clear she wants comfort, no more procedures. Says no to the biopsy; "I don't want
anything else cut, whatever it is called."
Working dx per PD team: suspected calciphylaxis vs pressure injury, not to be pursued.
Decisions: enroll in home hospice; stop PD after this week; stop warfarin; morphine liquid
for pain; pressure-relief mattress.
Family (daughter, son-in-law) present and agree. She chose DNR/DNI; MOLST form
filled in with her today.
"""),
]}

C18 = {"patient_id": "C18", "age": 39, "sex": "F", "notes": [
("2025-09-04", "MS Nurse Line Telephone Note", """
MS NURSE LINE - phone note 9/4/25 14:10
39F RRMS on glatiramer 40 mg TIW. Injected the R lateral thigh Tues 9/2 evening, felt
immediate severe burning, then a blotchy purple area about as big as her hand spread out
from the site; now a dark center. No fever.
Urgent care yesterday told her "could be calciphylaxis?" and gave cephalexin.
Kidneys normal as far as she knows; no dialysis. Not diabetic. No warfarin.
Advice: hold injections, photos uploaded to portal, same-week derm slot booked (9/9).
Reviewed photos w/ Dr. Ashgrove: livedoid patch with central necrosis around an injection
point, looks like Nicolau-type reaction.
"""),
("2025-09-09", "Dermatology Consult", """
DERMATOLOGY CONSULT
39F RRMS. R lateral thigh lesion began within minutes of a glatiramer injection 9/2/25.
Exam: 9 x 7 cm livedoid violaceous patch with 2 x 2 cm central necrosis, sharp margin; no other
lesions.
Creat 0.7; Ca/PO4 9.2/3.4.
Ddx: embolia cutis medicamentosa (Nicolau syndrome) favoured; calciphylaxis unlikely with normal
renal function and no other risk factors, bx to settle it.
Punch bx x1 from the edge today.
Plan: stop glatiramer pending results, wound dressing, pain control; photos taken.
BMI 30.0.
"""),
("2025-09-23", "MS Clinic Follow-up", """
MS CLINIC F/U 23 September 2025
39F RRMS, EDSS 1.5.
Bx result (9/9): ischemic necrosis, thrombi and foreign drug material inside vessels; von
Kossa shows no calcium anywhere - Nicolau syndrome. Calciphylaxis ruled out.
Thigh: necrosis 2 x 1.5 cm, healing, pain 3/10.
Wt 83 kg, BMI 30.0, obese.
Neuro: exam normal apart from brisk reflexes in the legs. MRI 7/2025 without new lesions.
Plan: stop glatiramer for good; start ocrelizumab after the wound heals; HBV/IgG labs sent.
RTC 6 wk.
"""),
]}

C19 = {"patient_id": "C19", "age": 52, "sex": "M", "notes": [
("2017-11-14", "Neuroimmunology New Patient", """
NEUROIMMUNOLOGY - NEW PATIENT  Nov 14, 2017
52M referred after R optic neuritis 8/2017; MRI brain 6 periventricular/juxtacortical T2
lesions, 1 enhancing; CSF OCB 5 bands. Dx RRMS (2017 McDonald).
Family hx: brother (on HD) died 2015 of calciphylaxis; mother had MS.
PMH: CKD 3a (eGFR 52), T2DM on metformin (insulin 2012-2014, off since), warfarin (St. Jude
mitral prosthesis), INR 3.0.
Vitals: BP 130/80, HR 72, BMI 27.0.
Exam: R RAPD, VA 20/40 OD, otherwise normal.
Plan: discussed DMT options; leaning to interferon beta-1a SC; he worries about injections
because of his brother's skin - reassured, we will decide next visit.
"""),
("2018-01-09", "Nephrology CKD Clinic", """
NEPHROLOGY CKD CLINIC 01/09/18
52M CKD 3a (diabetic, eGFR 50 stable), new RRMS.
He asked whether he will get calciphylaxis like his brother. Explained it is mainly a
complication in dialysis patients; his current risk is low.
Skin exam: no ulcers, purpura or nodules; no lesions to suggest calciphylaxis.
Labs: Ca 9.3, Phos 3.9, PTH 78, A1c 7.2.
BMI 27.0. Warfarin per cardiology.
BP 138/84 today, urine ACR 210 mg/g.
Plan: BP target under 130/80, SGLT2 inhibitor added, recheck 6 mo with labs.
"""),
]}

C20 = {"patient_id": "C20", "age": 45, "sex": "F", "notes": [
("2026-01-20", "Natalizumab Infusion Visit", """
NEUROIMMUNOLOGY INFUSION VISIT (natalizumab q6wk, dose #41)
45F RRMS, EDSS 2.5, JCV index 0.21. T1DM on insulin pump since age 14; ESRD on HD (diabetic
nephropathy), MWF. No warfarin.
Uhthoff's in summer heat - asks whether she can put ice packs on her legs after dialysis.
Counselled: calciphylaxis is a real risk for anyone on HD; keep ice packs and heat off bare
skin, use a cooling fan or cool shower instead.
Vitals: BP 124/76, HR 80, BMI 23.5.
Skin: intact; pump infusion site on abdomen clean.
Infusion via peripheral line tolerated, observation 1 hr uneventful.
"""),
("2026-03-03", "HD Rounding Note", """
HD ROUNDS 3/3/26
45F ESRD/HD, T1DM on pump, RRMS on natalizumab.
No new complaints. Full skin check today at her request after the neurology talk: no
ulcers, nodules or purpura; skin intact.
Treatment today ran 210 min at blood flow 350, 1.8 L off, pressures steady. Insulin pump
cannula sits in the L abdomen, site clean. Next natalizumab infusion 3/10; JCV index to be
redrawn in April.
Monthly chemistries: Ca 9.1, phosphorus 5.2, PTH 340, albumin 3.9.
BMI 23.5 (dry weight 61 kg).
Plan: keep phosphate control; no signs of calciphylaxis.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
