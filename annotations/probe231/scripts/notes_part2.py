"""probe231 corpus notes, J08-J14 (geriatric medicine and the renal/skin clinics around it; all invented)."""

J08 = {"patient_id": "J08", "age": 93, "sex": "F", "notes": [
("2025-01-06", "Care of the Elderly Ward Round", """
COTE ward round - Ward 7, Dr Ashdown
93F from Elmfield care home, advanced dementia (FAST 6e). Admitted 02/01/25 with
hypoactive delirium and AKI on CKD 4 (creat 212, baseline 150), clinically dry.
Oral intake very poor and keeps pulling out cannulas, so s/c fluids via a butterfly in the
R lower abdomen since 03/01/25, 1 L 0.9% saline over 24 h.
4AT 8. No infective source found.
Warfarin (AF) held - INR 4.8 on admission.
T2DM - metformin stopped, diet only now. BMI 24.1.
Skin: old healed skin tear R forearm, otherwise intact.
Plan: continue s/c fluids, daily U&E, staff to prompt oral fluids, delirium bundle, restart
warfarin 1 mg once INR < 3.
"""),
("2025-01-14", "Discharge Summary", """
DISCHARGE SUMMARY - Care of the Elderly
Admitted 02/01/2025, discharged 14/01/2025 back to Elmfield (nursing, EMI unit).
Diagnoses: hypoactive delirium secondary to dehydration; AKI on CKD stage 4, creatinine back
to 158 at discharge.
Treatment: subcutaneous fluids 03/01 to 09/01, then oral intake picked up with assisted
feeding and a red-tray system.
Medication changes: warfarin restarted 1 mg od (INR 2.4 on 13/01); metformin stopped
(eGFR 22). No new medicines.
ReSPECT: not for CPR, agreed with nephew (health and welfare LPA).
Follow-up: community geriatrician visit in 4 weeks; GP to check INR on Monday.
"""),
("2025-02-11", "Community Geriatrician Care Home Visit", """
Care home review - community geriatrics
Staff report a hard, purple, painful area, right lower tummy, first seen by
the night carer on 21 Jan, now crusted black. "Exactly where the drip needle was in hospital," says
the nurse in charge.
O/E: R lower abdomen - necrotic plaque 5x4 cm, thick eschar, livedo around it;
grimaces when touched. No other lesions on full skin check.
Teledermatology opinion (Dr Okafor, 07/02): clinical diagnosis of non-uremic calciphylaxis -
on warfarin, CKD 4, female, and a recent subcutaneous infusion at exactly this site. Biopsy not in
her best interests.
Plan: warfarin stopped, apixaban instead (discussed with nephew/LPA); regular paracetamol,
oxycodone liquid PRN; wound care plan left for the nurses.
"""),
]}

J09 = {"patient_id": "J09", "age": 82, "sex": "F", "notes": [
("2021-10-12", "Memory Clinic Review", """
Memory clinic - follow up
82F, Alzheimer's disease (moderate). Son Curtis, who lives with her, gives the history.
District nurses call twice a day for her insulin (Humulin I), given into the abdomen - she
can no longer manage the pen herself.
MMSE 18/30 (20 in March). Wanders at night, sleeps in the day after dialysis.
Other PMH: ESRD, dialyses Mon/Wed/Fri; PVD; hypothyroidism. Never anticoagulated.
BMI 31.0 - obese.
Carer strain: Curtis exhausted, carer's assessment requested.
Plan: continue donepezil 10 mg; trial melatonin 2 mg; Admiral Nurse referral; review in
6 months, sooner if behaviour changes.
"""),
("2021-11-30", "Haemodialysis Medical Review", """
HD unit review
Son reports 2 weeks of "purple blotches", painful, over both calves, now with open sores; she
cries out when her legs are washed.
O/E: bilateral posterior calves - livedo racemosa; 3 small ulcers on the L, 2 on the R,
black bases. Foot pulses weak; ABPI L 0.6, R 0.7.
Recent adj Ca 2.59, PO4 2.2.
Imp: ?calciphylaxis vs arterial ulcers.
More muddled this week per son - ?pain-related delirium, 4AT 5.
Plan: urgent derm for biopsy. Compression bandaging NOT to be applied (ABPI).
Vascular opinion requested. Regular paracetamol; review donepezil if more agitated.
"""),
("2021-12-14", "Dermatology Letter", """
Dermatology - letter
Bilateral calf ulcers: punch biopsy (R calf, 02/12/21) shows calciphylaxis with extensive
calcification of subcutaneous arterioles and a septal/lobular panniculitis.
Neither her son nor the DNs recall her legs being injured, heated or pressed on before this.
Insulin sites on the abdomen inspected: some lipohypertrophy, no purpura, no ulcers.
Plan: renal arranging sodium thiosulfate on dialysis; non-adherent dressings by DN, nothing
adhesive on the skin; pain review; palliative care input given frailty.
Son updated by telephone; he understands the outlook is guarded.
Weight 80.2 kg.
"""),
]}

J10 = {"patient_id": "J10", "age": 80, "sex": "M", "notes": [
("2017-03-28", "PD Clinic", """
Peritoneal dialysis clinic
80M on CAPD, 4 exchanges/day, wife helps. UF fine, no peritonitis.
New: small, painful black scab, L shin anteriorly, appeared early March. He can't
recall any injury - denies knocks or falls.
O/E: L anterior shin, black eschar 1.5 cm within ~4 cm of retiform purpura, very tender.
T2DM diet-controlled (gliclazide stopped 2015). AF - warfarin, INR 2.3.
BMI 27.5.
Lives in a 1st-floor flat w/ lift; cognition intact (AMTS 10/10), wife does most bag changes.
Imp: ?calciphylaxis (PD, warfarin).
Plan: fast-track dermatology, reduce calcium carbonate, analgesia.
"""),
("2017-04-18", "Dermatology Clinic", """
Dermatology clinic
Punch biopsy 04/04/2017, L shin lesion margin: calciphylaxis - small vessels in the fat
show calcification and thrombosis.
Ulcer now 3x2 cm, adherent eschar; edge still purple and very painful.
Renal team contacted about warfarin: switched to apixaban today.
Wound care: hydrogel + foam, district nurse twice a week; he and his wife shown how to check
for spreading redness.
Discussed prognosis openly; he wants active treatment, and his wife agrees.
Geriatric frailty review suggested - he has slowed down a lot since Christmas.
F/u 6 weeks, sooner if infected.
"""),
("2017-05-16", "Falls Clinic", """
Falls clinic - referred by PD team
Fell 2 May around 3 a.m. on the way to the bathrom, tripped on his dressing-gown cord and
knocked the bandaged ulcer on his left shin on the bed frame. Since then his wife has been
icing the shin ulcer with a pack from the freezer most nights, for pain.
Also uses a heat pad on his R shoulder for arthritis.
O/E: L shin ulcer enlarged to 4x3 cm, more slough. Postural drop 24 mmHg systolic, symptomatic.
Plan: stop doxazosin; night light + commode; his wife asked to stop icing the
wound; physio for balance; review 8/52.
"""),
]}

J11 = {"patient_id": "J11", "age": 87, "sex": "F", "notes": [
("2016-10-04", "Comprehensive Geriatric Assessment", """
Outpt CGA - Geriatrics, Pine Ridge Clinic
87F, daughter Noreen accompanys. R-sided sciatica x 4 mo; since the summer an electric
heating pad goes on her R outer thigh and R buttock most afternoons.
ESRD, HD MWF. Not diabetic. AF (CHA2DS2-VASc 5): warfarin talked about previously, not
started because of falls/bleeding; no anticoagulant.
Function: ADLs indep except bathing; IADLs - help with finances and meds. MoCA 24/30.
GDS 6, mild depression.
BMI 38.2 (obesity class II).
Plan: PT for sciatica; heating pad on low, 20 min at a time; sertraline 25 mg; bath aide.
"""),
("2016-11-15", "Dialysis Nursing Note", """
HD RN note
Pt reports severe pain L inner thigh; daughter noticed a hard purple patch there ~10 days ago.
Daughter states the heating pad went on the R side, never the L. Denies any injections in
her thighs; denies falls.
Assessment: L medial thigh - 8x6 cm plaque, violaceous and indurated, lacy purple borders,
2 small dark areas centrally. R thigh: faint brown reticulated discoloration, no plaque, no
wound.
Notified nephrologist Dr Bellamy; derm referral placed ?calciphylaxis.
Pre-HD wt 101.6 kg.
"""),
("2016-12-06", "Dermatology Consult", """
Dermatology consult
Bx L medial thigh (11/22/16): calciphylaxis - small vessels widely calcified, fat necrosis.
Lesion confined to the L medial thigh, now 9 cm with central eschar. On the R thigh:
erythema ab igne where the pad sat - not calciphylaxis.
Discussed with pt and Noreen: the heating pad did not cause this lesion, since it was
never used on the left, but it should be stopped anyway.
Plan: nephrology to give STS; dressings - calcium alginate under foam, pain control with
hydromorphone after dialysis, avoid trauma to the thighs. Nutrition consult.
Pt's mood lower - continue sertraline, geriatrics f/u in 4 wks.
BMI 37.9.
"""),
]}

J12 = {"patient_id": "J12", "age": 76, "sex": "F", "notes": [
("2023-06-13", "Geriatric Medication Review", """
Geriatric medication review (polypharmacy clinic)
76F, 14 regular medicines. CFS 5. Lives with husband.
ESRD (dialysis Tue/Thu/Sat). Diabetes (type 2): sitagliptin 25 mg; the diabetes team offered insulin in April,
she declined - not on insulin. No warfarin or DOAC.
BMI 42.3.
STOPP: amitriptylline (falls, anticholinergic) - taper over 4 wks; omeprazole > 8 weeks -
step down to 10 mg.
START: nil extra.
Counselled: with her kidney disease, not to use a hot water bottle or heat pad on her tummy,
and to keep waistbands loose.
Plan: blister packs from pharmacy; review 3/12.
"""),
("2023-08-08", "Renal Clinic", """
Renal clinic
Painful black-crusted sore on the lower pannus, left of midline; began about 4 weeks ago -
at first just a tender purple patch.
She denies any injections, heat, knocks or tight clothing there - "I did what the pharmacist
told me."
O/E: lower abdominal pannus 7 x 4 cm necrotic plaque, surrounding retiform purpura, firm.
Ca 2.61, PO4 2.03, PTH 88.
Mobility worse because of pain - now using a wheeled walker indoors, husband helping her wash.
Imp: probable calciphylaxis.
Plan: urgent derm for biopsy; stop calcium acetate; discuss sodium thiosulfate at the MDT;
frailty team to review her at home next week.
"""),
("2023-08-22", "Dermatology and Tissue Viability Clinic", """
Derm + tissue viability joint clinic
Incisional biopsy 2023-08-10 from the pannus lesion: calciphylaxis.
No preceding injury at the site identified after a careful history with patient and husband.
Plan: STS thrice weekly during HD; wound - honey-based dressing, secured without tape; loose
pannus support garment to limit friction from now on; pain team.
She asked whether her sister's leg ulcers were "the same thing" - explained not.
Amitriptyline taper completed; sleep poor with the pain, so low-dose oxycodone at night,
reviewed for falls risk with the geriatrician.
BMI 41.8.
"""),
]}

J13 = {"patient_id": "J13", "age": 83, "sex": "M", "notes": [
("2020-02-18", "Geriatrics Memory Clinic", """
Memory Care Clinic - Geriatrics
83M with vascular cognitive impairment, wife Inez present. MoCA 21/30.
PMH: ESRD, HD TTS; T2DM, insulin-treated; hx calciphylaxis 2016, lower abdomen, where his
insulin used to be injected - treated w/ STS, healed by spring 2017 (scars only).
Since then Inez only gives his insulin glargine in the posterior upper arms.
Never on anticoagulation.
Functional: bathes w/ standby assist, Inez handles meds and finances. Gait slow, no falls.
Mood fine, PHQ-9 3.
BMI 26.0.
Plan: continue current meds; driving retirement discussion; home safety checklist;
RTC 6 months.
"""),
("2020-04-07", "Dialysis Rounding Note", """
Nephrology HD rounding
New tender lacy purple rash, both calves, since ~mid-March, now 2 small ulcers L calf,
1 R calf.
Pt says "it feels like last time". Pt and wife deny any leg trauma.
Old abdominal scars from 2016: flat, healed, no new lesions.
Labs: phosphorus 7.1 mg/dL; PTH 820; calcium 9.8.
Wife says he is sleeping poorly and more forgetful the last fortnight.
Plan: derm referral, urgent, for bx; hold calcium acetate; surgery referral for
parathyroidectomy evaluation; pain regimen reviewed; low threshold for delirium screen.
"""),
("2020-04-28", "Dermatology Consult", """
Dermatology consult
Punch bx R calf 4/14/20: calciphylaxis (recurrence), calcified subcutaneous arterioles with
thrombi.
Exam today: livedo racemosa both calves, ulcers L 1.2 cm and 0.8 cm, R 1 cm, dry eschar.
No local trauma to the calves identified; insulin sites on the posterior upper arms normal,
no purpura or nodules.
Plan: restart STS with HD, wound care, analgesia; parathyroidectomy evaluation
(surgery aware).
Patient and wife understand recurrence carries a guarded outlook.
Advance care planning started - he names Inez as HCP.
"""),
]}

J14 = {"patient_id": "J14", "age": 79, "sex": "F", "notes": [
("2024-09-10", "Community Geriatrics Home CGA", """
Community geriatrics - home CGA (seen alongside husband, also on our caseload)
79F, main carer for husband Walter (84, T2DM); she supervises his insulin, which he injects
into his own thighs twice a day.
Herself: ESRD (dialysis Mon/Wed/Fri); AF - warfarin (INR 2-3, GP anticoag clinic); OA hips.
Not diabetic (HbA1c 36).
Falls: none in the last year (falls diary kept by her).
Mobility: indoors with one stick, drives short distances.
BMI 34.7, obese.
CFS 5. Mood low - carer strain.
Plan: carer's assessment; respite options; review warfarin vs DOAC with renal.
"""),
("2024-10-22", "HD Unit Medical Review", """
HD unit - medical review
Sore, firm areas high on the inner thighs, both sides, which appeared ~2 weeks ago. She has
not once been injected in her own legs (the thigh injections at home are Walter's).
O/E: bilateral medial thigh indurated violaceous plaques (L 6 cm, R 4 cm) with livedo; early
eschar on the L.
Post-dialysis weight 92.5 kg.
Imp: calciphylaxis likely.
Walter's daughter is staying for now to help with his injections and meals.
Plan: derm biopsy; stop calcium carbonate; warfarin to apixaban (discussed with GP anticoag
clinic); analgesia reviewed with renal pharmacist.
"""),
("2024-11-05", "Dermatology Letter", """
Dermatology letter
Dear colleague,
Biopsy L medial thigh (25.10.2024): calciphylaxis. Subcutaneous arterioles: calcified walls,
luminal thrombus, fat necrosis.
Both medial thigh plaques are larger, L now with a 2 cm eschar. No local trauma to her thighs
identified on careful questioning; she has never injected herself.
Plan: sodium thiosulfate with HD; silicone-contact dressings; pain team; social worker to
help arrange Walter's care while she is unwell. She is now on apixaban rather than warfarin.
Review 3 weeks; I have copied this to the community geriatrics team given her carer role.
"""),
]}

PATIENTS = [J08, J09, J10, J11, J12, J13, J14]
