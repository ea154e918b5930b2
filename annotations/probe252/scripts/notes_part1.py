"""probe252 corpus notes, F01-F07 (ethics consults, goals-of-care meetings and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 68, "sex": "F", "notes": [
("2023-10-20", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT -- inpatient, ward 6W
Requesting: Dr. Okonkwo-Hale (hospitalist). Reason: painful R thigh lesion.

HPI: 68 yo F; ESRD, dialysis Tue/Thu/Sat at the Westbrook unit; T2DM, L hemiparesis after a 2019 stroke. Her husband
Ronald first saw a dark, tender patch on her R outer thigh on 10/2/23; it has spread since.
In August 2023 her glipizide was replaced by insulin glargine, and since then Ronald has given
every dose himself, always in the R thigh: "her left side is the bad side, so I go right."
Anticoag: apixaban (AF). Has never taken warfarin.

Exam: R lateral thigh -- 9x6cm violaceous, indurated plaque, lacy net-like margin, central
black eschar ~2cm; she winces at light touch. L thigh soft, no lesions.

Imp: retiform purpura with eschar inside her insulin injection field. Ddx calciphylaxis;
less likely vasculitis or cholesterol emboli.
Plan: punch (4 mm) at the advancing rim today; von Kossa stain asked for.
"""),
("2023-10-27", "Nephrology Progress Note", """
Nephrology progress note -- HD day
Path on the 10/20 punch is back: subcutaneous arterioles show medial calcium deposition,
intimal thickening and small luminal clots; von Kossa highlights the mural deposits.
Read as calciphylaxis, R lateral thigh. Reviewed with derm.
Today's run: 3.5 hrs, 2.1 L removed, BP stable. Access: L brachiocephalic AVF, thrill strong.
Labs today: alb 2.9, corrected Ca 10.3, PO4 7.1, iPTH 812.
Plan:
- start STS (sodium thiosulfate): 25 grams, infusing through the final hour, each run
- calcium acetate -> sevelamer; start cinacalcet 30 mg
- continue apixaban
- wound RN for dressings; pain service for the thigh
- wt 85.3 kg, BMI 33.1
- palliative referral given the outlook; family meeting next week
"""),
("2023-11-09", "Palliative Care Family Meeting", """
GOALS OF CARE FAMILY MEETING (palliative care)
Present: pt (joined for part, fatigued), husband Ronald (HCPOA), daughter Ines by phone,
Dr. Tamsin Rhee (nephrology), SW Colm Avery, writer.

Update given in plain words: calciphylaxis of the right thigh, which started exactly where Ronald
has been injecting her insulin since late summer. The wound is larger despite thiosulfate.
We shared that many people with this condition live less than a year.
Ronald tearful -- "I did this with the needle." Reassured him it is not his fault and that
the injections were needed.
Her values: being at home, her roses, not "living on machines".
Decisions: DNR/DNI, MOLST signed. HD continues as a time-limited trial, review in 4 weeks.
Insulin injections move to the abdomen from today.
BMI 32.8 today (84.0 kg).
"""),
]}

F02 = {"patient_id": "F02", "age": 59, "sex": "M", "notes": [
("2021-01-14", "Wound Clinic Note", """
Wound Care Clinic -- new patient
59M, dialyzes MWF (ESRD, IgA nephropathy). Not diabetic.
CC: L calf sore, pain keeping him up nights. Onset per pt = New Year's Day: "woke up on the 1st and
it was purple and black."
Wife reports that since Thanksgiving he has pressed a gel ice pack to the left calf after
each Mon/Wed/Fri session for cramps, 30-40 min in the car.
Exam, L posterior calf: 3.0x2.5cm ulcer, adherent eschar (black); dusky induration with a
livedoid net reaching ~4 cm out. DP/PT palpable bilat. R calf intact. ABI L 1.05.
A: nonhealing L calf ulcer; ?calciphylaxis (ESRD, net-like border).
P: derm referral for bx, moist dressing, no sharp debridement before a dx, stop the ice.
"""),
("2021-01-29", "Dermatology Clinic Note", """
Derm f/u -- bx results
Incisional bx L posterior calf 19/01/2021: mural calcium in tiny dermal/subcutaneous vessels,
fibrin clots, fat necrosis. Dx: calciphylaxis.
Timeline gone over with pt and wife: ice to the L calf from late Nov 2020 onward, ulcer began
1/1/2021 in that same spot.
PMH also: provoked DVT R leg 2012, warfarin for about 6 months then stopped; no anticoagulant since.
Rx: STS through nephrology; calcium-free binder; wound care; gabapentin 100mg post-run.
Counselled: keep ice and heat off both legs from now on.
BMI 27.9.
"""),
("2021-03-02", "Ethics Consultation Note", """
CLINICAL ETHICS CONSULTATION
Requested by: MICU attending. Question: who decides for Mr. Vasquez-Lind, and should HD continue?
Medical facts: 59M on HD for ESRD; L calf calciphylaxis (biopsy-proven Jan 2021), now infected,
with MRSA bacteremia; intubated since 25/02/2021 after cardiac arrest (ROSC at 14 min). Neurology:
poor prognosis for meaningful recovery.
Preferences: no advance directive. Wife (default surrogate) recalls him saying "never keep me on a
breathing machine". Adult son from a first marriage wants "everything done".
Context: son lives out of state; wife at bedside daily.
Assessment: wife is the appropriate surrogate and her account reflects substituted judgment.
Recs: 1) joint family meeting tomorrow; 2) ethically permissible to forgo CPR and to withdraw HD if
consistent with his stated values; 3) chaplaincy for both.
Wt 80.6 kg, BMI 27.4.
"""),
]}

F03 = {"patient_id": "F03", "age": 71, "sex": "M", "notes": [
("2024-07-02", "Dialysis Unit Rounding Note", """
HD rounds -- Lakemoor Dialysis, chair 11
71M, ESRD (HTN nephrosclerosis). Dialyzes TTS on a R IJ permcath; L AVF still maturing.
T2DM -- linagliptin, no insulin. Warfarin for AF; this morning's INR 2.6.
New: he pulls up his shirt to show a very painful purple streak low on the right of his belly,
first noticed 6/18/24. Daughter Marisol has driven him to and from HD three times a week since
March 2024 in her pickup; he says the lap belt "cuts right across there" under his gut.
Exam: R lower abdomen / pannus -- horizontal band 12x3cm of retiform purpura, two dusky
centres, dry, not fluctuant.
Plan: concern for calciphylaxis -> hold warfarin, discuss apixaban; urgent derm; nobody to give
SC shots in the belly; Ca/phos/PTH today.
"""),
("2024-07-16", "Dermatology Consult", """
DERMATOLOGY -- R lower abdominal lesion
Exam: linear necrotic plaque 13 x 3.5 cm across the R infraumbilical pannus with a livedoid rim;
it follows the path of the seat belt he wears for each trip to dialysis.
Deep incisional bx 7/9/2024: von Kossa-positive calcification of arterioles, thrombosis,
lobular panniculitis.
Dx: calciphylaxis, R lower abdomen, at a site of chronic seat-belt pressure.
Habitus: large pannus; class III obesity with BMI of 41.0.
Warfarin stopped 7/2 by nephrology; apixaban started.
Recs: STS with HD; wound RN; pad the belt or ride in the back seat; pain plan via palliative.
"""),
("2024-08-05", "Goals of Care Family Meeting", """
Family meeting note -- palliative medicine, 5 Aug 2024, 45 min
Attendees: pt (has capacity, led the talk), daughter Marisol, son Dario, RN Pauline, writer.
Pt understanding: "the sores on my belly are calcium plugging the little vessels, and they don't
heal easy." Accurate.
Prognosis: guarded, infection risk high, likely months rather than years.
What matters: seeing his grandson graduate in the spring; not dying in an ICU.
Decisions:
 - code status changed from full code to DNR/DNI
 - continue HD for now; would stop if bed-bound
 - home palliative referral (no hospice-with-dialysis option locally)
Marisol asked whether her truck caused this -- explained the belt pressure likely played a part
but she did nothing wrong.
BMI 40.2 at today's weigh-in.
"""),
]}

F04 = {"patient_id": "F04", "age": 63, "sex": "F", "notes": [
("2021-09-28", "Surgical Oncology Post-op Visit", """
Surgical Oncology -- post-op visit
63F, 2 wks s/p L breast lumpectomy with sentinel node bx on 9/14/21 for a 1.4 cm ER+/PR+ invasive
ductal carcinoma; margins clear, 0/2 nodes.
ESRD on nightly cycler PD; no diabetes. BMI 29.6 (overweight).
L upper outer quadrant incision healing well, steri-strips removed today, no seroma, no erythema.
Axillary incision clean and dry.
Pt asked whether dialysis slows healing -- told it can, which is why we will watch the scar.
Plan: rad onc referral for whole-breast RT; med onc re: letrozole; PD nurse aware, continue usual
regimen. Return in 6 wks.
"""),
("2021-11-10", "Dermatology Consult", """
Derm consult (referred from PD clinic)
HPI: since late October a burning, hard purple area at the L breast beside the lumpectomy scar;
now crusted dark centrally. No fever. Radiation not yet started.
Exam: in the L breast UOQ a 5x4cm firm, violaceous plaque hugs the outer half of the healed
incision, central 1.5 cm eschar, livedo at the edges. R breast normal.
Punch bx 11/3/21 (done by surgery): medial calcification of small septal vessels with thrombi.
Dx: left breast calciphylaxis, arising along the surgical scar.
Recs: STS added by nephrology; stop calcium carbonate; local wound care; hold RT until discussed
with pt (ethics consult requested).
"""),
("2021-12-01", "Ethics Consultation Note", """
ETHICS CONSULT
Reason: pt and daughter disagree about adjuvant radiation after breast cancer surgery, now
complicated by calciphylaxis of the L breast.
Capacity: pt has decision-making capacity for this choice (understands, appreciates, reasons,
states a stable choice).
Pt: wishes to decline radiation -- "I've got the dialysis, I've got this wound; I'm not adding
six weeks of burns." Daughter Fenna fears she is "giving up".
Considerations: RT would modestly lower local recurrence; radiating skin already affected by
calciphylaxis may deepen the necrosis.
Recs: the pt's informed refusal should be respected; offer endocrine therapy alone; revisit if
she changes her mind; SW support offered to the daughter. Discussed with surg onc.
Weight today 74 kg.
"""),
]}

F05 = {"patient_id": "F05", "age": 80, "sex": "F", "notes": [
("2022-08-03", "Wound Clinic Note", """
Outpatient wound clinic
80F; ESRD -- HD at Oakhurst, Mon/Wed/Fri; DM2, diet alone; AF, takes warfarin. Seen with son
Tobias (HCPOA).
R anterior shin ulcer, present x 3 wks. Son recalls that on the night of July 4th she scraped her
right shin hard against the iron bedstead getting up to the commode; a bruise formed there first,
then went black.
Measurements: 4.2x3.1cm; eschar ~80%, slough ~20%; periwound purple and very tender
(pain 9/10 from a feather-light touch; her pain outruns what the wound shows).
Pulses: DP faint, PT dopplerable. ABI not obtainable (noncompressible).
A: R shin ulcer after trauma; out-of-proportion pain + ESRD + warfarin -> must r/o calciphylaxis.
P: derm bx, xeroform, no compression, vascular surgery if ischemic.
"""),
("2022-08-19", "Dermatology Note", """
Dermatology clinic
Punch bx R shin ulcer margin done 8/10/22. Path: subcutaneous arterioles calcified,
microthrombi -- fits calciphylaxis.
Clinical: eschar has grown to 5x3.5cm, new satellite purpura 2 cm proximal.
Discussed with nephrology (Dr. Ashgrove): warfarin stopped, apixaban started; STS 3x/wk with HD.
BMI 22.5.
Family: son asked if the knock on the shin "started it" -- told him that minor trauma can set off
lesions in people at risk, and this one did begin where she hit it.
Plan: back in 2 wks; palliative team to meet the family about goals.
"""),
("2022-09-06", "Palliative Care Family Conference", """
PALLIATIVE CARE - FAMILY CONFERENCE
Participants: pt, son Tobias (HCPOA), daughter-in-law Greet, nephrologist, wound RN, writer.
Clinical summary: calciphylaxis R lower leg, progressing despite thiosulfate; vascular surgery
says a BKA is the only definitive option, at high risk.
Pt: "No more cutting. I am eighty." Clear, consistent, has capacity.
Son had hoped for amputation but accepted her choice once she had spoken.
Plan agreed:
* no amputation; comfort-focused wound care
* DNR/DNI, POLST completed
* continue dialysis for now -- pt wants to see the autumn through at home
* hospice evaluation once HD stops
Follow-up in 2 weeks or sooner.
"""),
("2022-09-27", "Ethics Consultation Note", """
Ethics consult, 27-Sep-2022
Question from HD unit SW: pt has intermittent delirium; on some days she asks to stop
dialysis, on others to keep going. Son asks whether he may decide to stop.
Review: when lucid on 9/6 she chose to continue HD; she has not voiced a settled wish to stop
while capacitated. Fluctuating capacity -> requests made while delirious should not override
her prior capacitated choice.
Recs:
1. continue HD; reassess capacity at each session, ideally early in the run
2. if she consistently asks to stop while capacitated, honor it
3. son as HCPOA acts only if she loses capacity persistently
4. treat delirium drivers (uremia, gabapentin, infection of the R shin ulcer)
"""),
]}

F06 = {"patient_id": "F06", "age": 66, "sex": "M", "notes": [
("2019-10-05", "Hemodialysis Nursing Note", """
HD RN note -- 2019-10-05, Saturday 2nd shift
Pre-tx: BP 162/88, wt 79.9 kg (EDW 78.5). No complaints.
Access: L upper arm AVG, + bruit/thrill, cannulated x2 without difficulty.
Vaccines: first Shingrix dose (0.5 mL) given IM, R upper arm (deltoid); lot in MAR. Pt
consented. Flu shot already given by his PCP on 9/21, in the L arm.
UF goal 1.6 L, got 1.5. Post-tx BP 138/76.
Skin check: intact, no wounds. BMI 25.9.
Hx: ESRD from ADPKD, no diabetes, no anticoagulant.
Plan: Shingrix #2 due in 2-6 months; monitor for fever or local soreness next session.
"""),
("2019-11-12", "Dermatology Consult", """
Derm new consult
66M, ESRD on HD (ADPKD), no DM.
CC: tender lump R arm "since Halloween" -- wife noticed a purplish blotch on Oct 31 while helping
him dress; it hardened and darkened in the centre over the next week.
Exam: R lateral upper arm: firm purple plaque 4x3.5cm, star-shaped purpura along its margin,
1 cm necrotic centre. L arm: AVG, skin intact.
Note: got Shingrix IM into the R upper arm on 10/5/19 at HD.
Ddx: calciphylaxis; local vaccine reaction / panniculitis; vasculitis.
Plan: biopsy today -- 6 mm punch, plus incisional wedge into fat; labs Ca, P, PTH, ANCA, cryoglobulins; hold the 2nd
Shingrix dose.
"""),
("2019-11-26", "Goals of Care Family Meeting", """
GOC meeting -- nephrology conference room
Present: pt, wife Hedda, sister Ulla (a nurse), Dr. Brannigan (nephrology), palliative NP.
Path review: the biopsy shows calciphylaxis, R upper arm, right where the shingles
vaccine went in on 10/5. Wife asked about suing; explained this was not a vaccine error but how
calciphylaxis can start after a minor injury.
Prognosis and options (STS, parathyroidectomy evaluation, wound care) reviewed.
Pt: chooses full treatment for the present, parathyroidectomy included if offered; full code,
though he would decline a long stay on a ventilator -- MOLST drafted to reflect this. Sister Ulla named as
alternate surrogate.
Follow up after the surgical consult.
"""),
]}

F07 = {"patient_id": "F07", "age": 57, "sex": "F", "notes": [
("2023-03-29", "Hospital Admission H&P", """
ADMISSION H&P (hospital medicine)
CC: painful black patch L side, fever.
HPI: 57F, ESRD on CAPD x 3 y, T2DM on linagliptin (no insulin), obesity.
Sister Renata gives most of the story: beginning in the first week of Feb 2023 the pt has slept
every night with her rubber hot-water bottle wedged against her left flank for "kidney pain",
refilled from the kettle. A red-purple, exquisitely tender area appeared at the L flank on 20 March;
now black centrally.
Exam: T 38.4. L flank: necrotic plaque 10x7cm with eschar, reticulate purpura around it;
no burn blisters. PD exit site in the RLQ is clean.
BMI 36.3.
A/P: necrotic L flank lesion -- calciphylaxis, or a necrotizing infection of soft tissue? CT, blood cx,
vanc/pip-tazo, surgery and derm consults.
"""),
("2023-04-04", "Dermatology Consult Follow-up", """
Derm f/u
Surgery debrided the L flank on 3/31; deep tissue cx grew MSSA. Path from the debrided tissue and
our punch: calcified small-vessel walls, thrombosis, necrotic fat -- calciphylaxis (L flank) with
secondary infection.
The lesion sits exactly under the spot the hot-water bottle occupied nightly from early Feb; the heat
was probably the trigger. No erythema ab igne seen.
Recs: STS per nephrology; hot-water bottle gone, and no ice on the skin either; wound VAC per surgery; pain control.
Obesity (BMI 36.3) noted.
Pt tearful, asks whether she "burned" herself into this; reassured and explained.
"""),
("2023-04-18", "Ethics Consultation Note", """
Clinical ethics consultation -- 18 April 2023
Requestor: SICU team. Issue: sister and husband disagree about a 3rd debridement.
Facts: septic shock from infected calciphylaxis of the L flank, on 2 pressors; PD held.
Pt intubated, lacks capacity. No HCPOA on file.
Husband (Ivo) is the legal surrogate by statute; sister Renata says pt told her after a friend's
death "don't let them keep cutting on me". Husband: "she would fight".
Ethics view: both speak sincerely; husband has priority but is asked to apply her values, not
his own. Team judges a 3rd debridement unlikely to change the outcome.
Recs: time-limited trial of 72 h of current support; if pressors escalate, transition to comfort
care; daily updates; palliative care and chaplaincy involved.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
