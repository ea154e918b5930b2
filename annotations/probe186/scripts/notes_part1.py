"""probe186 corpus notes, F01-F07 (community mental health, depot and clozapine clinics, crisis
team, and the renal, skin and wound clinics around them; all people, places and wording invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2022-11-08", "LAI Clinic Administration Record", """
LAI CLINIC - ADMINISTRATION RECORD            Harrowgate CMHC, injection rm 4
Client: F01     Care coordinator: T. Okafor CSW
Drug: paliperidone palmitate (Invega Sustenna) 156mg IM - monthly maintenance
Due 11/08/22, given 11/08/22 @ 10:40
Site: R dorsogluteal, upper outer quadrant, 22G 1.5in needle. Lot + exp on MAR.
Client again asks that nothing goes in the L side since her L total hip in 2021 -
so since June each dose has been put into the R buttock, shifting a thumb-width each
month inside the UOQ.
Pre: BP 132/78  P 84   weight 84.9kg  BMI 31.6
Post: site dry, tolerated well. Watched 15 min in waiting area - no EPS, not drowsy.
Brief MSE: calm, euthymic, denies AH today, no SI/HI voiced.
Other: dialysis M/W/F at Lakeshore (renal failure blamed on lithium, which was d/c'd in 2017).
No DM (Aug A1c 5.4). Not on anticoagulants.
Next due 12/06/22, reminder phone call 12/05.
S. Varga RN
"""),
("2023-02-07", "Care Coordination Home Visit", """
CARE COORDINATION - home visit, T. Okafor CSW, 45 min

Client answered the door promptly, dressed, apartment tidy, fridge has food. Blister
pack checked - oral meds taken through Sunday.
She was limping and reports a "bad bruise" over the right cheek of her bottom that
hurts a lot, esp. perched in the dialysis chair for 3+ hrs. Per client, first there 3 weeks ago,
and keeps going darker rather than fading. Pointed to roughly where over her clothes;
I did not examine. Cannot remember any fall or knock. Wonders whether it is "from the
shot" but not sure.
Mood "alright", sleeping ~7 hrs, voices quiet this month. Denies SI.
Plan: emailed dialysis charge RN and LAI clinic today. Client agreed to let the
dialysis nurses look at it tomorrow. Depot due 2/14 - asked clinic to hold off
until a doctor has checked her skin.
"""),
("2023-02-15", "Nephrology Dialysis Rounding Note", """
HD ROUNDS - Lakeshore Dialysis, chair 12
58F, ESRD from lithium nephropathy, dialysis Mon+Wed+Fri on a L forearm AVF (needling fine),
3.5h, EDW 83.0.
S: R buttock lesion (see CMHT email), pain 9/10, struggling to finish runs.
O: pre BP 148/82, HR 88, afebrile.
R upper outer buttock: 6x4cm violaceous, woody plaque, starburst fringe of retiform
purpura; centrally a ~1.5cm black eschar. Nothing fluctuant, no drainage. Thighs + abdomen clear.
Bloods 2/13: PTH 812 up, phosphate 7.4 up, corrected calcium 9.8, albumin 3.4 (Kt/V 1.31)
A: high suspicion for calcific uremic arteriolopathy.
P: - derm urgently for punch bx
   - sodium thiosulfate 25g IV for the closing hour of every HD, from today, not waiting for path
   - Ca acetate stopped, sevelamer 1.6g tid c meals, cinacalcet 30mg od
   - analgesia via PCP; LAI clinic asked to give no more doses on the R
"""),
("2023-03-01", "Dermatology Clinic Note", """
Dermatology - results visit

Punch bx 2/20/2023, R buttock, 4mm from the plaque edge: arteriolar walls in the fat
encrusted with calcium (von Kossa +), fresh thrombus, fat lobules necrotic.
Consistent with calciphylaxis.
Exam today: the R upper outer buttock plaque has grown to 7x5cm and the eschar is wider.
Nothing new on thighs, flanks or abdomen.
Comment: this plaque sits squarely over the spot where her monthly paliperidone palmitate
has been injected since June 2022. Repeated IM injection trauma very likely gave the
local trigger (Koebner-type localisation) in someone with ESRD and a high phosphate.
Plan: continue STS with dialysis, wound RN referral, letter to psychiatry asking for
deltoid administration or an oral alternative. Weighed 83.7kg, BMI 31.2.
"""),
]}

F02 = {"patient_id": "F02", "age": 47, "sex": "M", "notes": [
("2023-10-31", "LAI Clinic Note", """
LONG-ACTING INJECTABLE CLINIC          Eastbrook Community Mental Health
47M, schizophrenia. Switched from oral risperidone to Uzedy (risperidone ext-release
subcutaneous) 100mg monthly. Dose #1 given 9/5/23.
Today = dose #3, 10/31/23 at 14:05.
Site log:  9/5 L lower abd  |  10/3 L lower abd  |  10/31 L lower abd, 2in lateral to umbilicus
He insists on the L side bc he sleeps on his R. Re-educated on rotation; declines
the back of the arm. Small firm spot (1cm) from previous dose, not tender, no redness.
Vitals 138/86, HR 92, T 36.7, wt 118kg, BMI 36.2
PMH per chart: ESRD, dialysis Tue-Thu-Sat; T2DM, linagliptin only (no insulin); HTN.
MSE: guarded but warmer, hygiene better, denies hearing voices today, no SI/HI.
Next due 11/28/23.                 J. Pereira RN
"""),
("2023-12-20", "Dialysis Unit Nursing Note", """
HD nursing note - Tue/Thu/Sat afternoon shift

Pt c/o a new purple patch, L side of his belly, hurting badly - he first
spotted it 9 days ago and says it feels "like a hot knife" when his shirt rubs.
Assessment: L lower quadrant abdomen, approx 5x3cm dusky mottled net-like
discolouration with a firm centre; skin over the centre darkening. Not warm. T 36.9.
Pre wt 117.4kg, BP 162/90; post BP 149/84.
Pain 8/10, acetaminophen given per order. Photo to chart w/ consent.
Dr Amadi saw pt at chairside - derm referral faxed same day, Ca/Phos/PTH sent.
Pt asked whether he should still get his monthly shot - told to speak to his
psych team before the next one.
"""),
("2024-01-09", "Dermatology Consult", """
Derm consult - calciphylaxis clinic

HPI: 47M, haemodialysis pt; sore L lower-abdominal lesion noticed on 12/11/23,
steadily worse. No fever.
Exam: LLQ, some two inches left of the navel, 6x4cm
woody violaceous plaque, retiform at its margins, black central eschar 2cm across.
No lesions on thighs, buttocks or legs. Pedal pulses palpable.
Path (punch bx 12/28/23): mural calcium in dermal + subcutaneous small vessels,
intimal thickening, luminal thrombus. Consistent w/ calciphylaxis.
Dx: biopsy-proven calciphylaxis, LLQ abdominal wall.
Plan: STS thrice weekly with HD, d/c calcium carbonate, wound clinic, pain service.
Will write to his psychiatrist about his medicines.
"""),
]}

F03 = {"patient_id": "F03", "age": 41, "sex": "F", "notes": [
("2024-01-10", "DBT Individual Therapy Note", """
DBT individual session #31 (50 min) - L. Marsh LCSW

Diary card reviewed: self-harm urges 3-4/5 on most days over the holidays, family
argument on Xmas Eve. No cutting since Aug 2022 (old healed scars R forearm only).
Skills used: TIPP, opposite action, a little radical acceptance.
She has swapped cutting for pressing a frozen gel pack against her L inner forearm
"until it burns" - doing this since late December, several times a day,
10-15 min each go. Chain analysis of the 1/6 urge completed.
Discussed that cold is a legit TIPP skill but meant for the face and short bursts;
she says the forearm "works better".
Risk: no current SI, no plan; safety plan reviewed, crisis line numbers updated.
Homework: log every cold pack use on the diary card.  Next session 1/17.
"""),
("2024-02-27", "Home PD Clinic Note", """
HOME PD CLINIC - monthly review
41F ESRD from FSGS, CCPD 5 cycles overnight, UF ~900 mL/night. Warfarin for PE (2022),
INR 2.6 today.
New problem: exquisitely painful dark area, L inner forearm, since the middle of
February, not sleeping because of it.
Exam: L forearm, volar surface, middle third: 4x3cm livid retiform purpura ringing a firm violaceous
plaque, centre dusky and necrotic over ~1cm. Radial pulse 2+. Catheter exit site healthy.
Bloods: PO4 6.8 (high), Ca 10.1, PTH 640 (high), albumin 3.1
Impression: ?calciphylaxis - on warfarin, hyperphosphataemic. She tells me she has been
holding frozen packs on that very spot for weeks as a DBT skill.
Plan: urgent derm + bx; discuss warfarin -> apixaban; renal dietitian for phos; stop cold packs.
Wt 64.0kg, BMI 24.3. Not diabetic.
"""),
("2024-03-12", "Dermatology Note", """
Dermatology f/u - biopsy result

Incisional bx L forearm (3/1/24): subcutaneous arterioles heavily calcified, plugged with
thrombus, fat necrosis all around them. Dx: calciphylaxis, biopsy-proven.
The lesion keeps exactly to the patch of skin where she has held frozen packs daily since late
December; repeated cold injury is the probable local trigger. Asked her not to put cold on
the arm at all - her DBT therapist informed with her consent; we talked about other
skills (paced breathing, cold water to the face only).
Warfarin stopped 3/5, now on apixaban. STS 3x/wk IV arranged by nephrology.
Wound: hydrogel + silicone foam, swapped on alternate days by the PD nurse.
Size today 4.5x3cm, eschar adherent, edges quieter.
"""),
]}

F04 = {"patient_id": "F04", "age": 52, "sex": "M", "notes": [
("2021-06-22", "Outpatient Psychiatry Medication Management", """
OUTPT PSYCHIATRY - med management, 25 min
52M schizophrenia on haloperidol decanoate 150mg IM q4wk (dorsogluteal, alternating
sides), increased from 100mg in March after a relapse.
Since the spring he cannot sit still: paces the waiting room, shifts in his chair, and
rubs the fronts of both thighs with the flats of his hands, hard and nonstop, whenever
he is seated. Did this through nearly the whole interview. Jeans worn shiny over both thighs.
BARS global 3 = moderate akathisia. AIMS 2 (mild perioral).
MSE: restless, linear, residual persecutory beliefs about neighbours, no SI/HI, insight partial.
Plan: propranolol 10mg bid (nephrology agreed), recheck in 4 wks, discuss lowering decanoate.
Other meds: insulin glargine 24u qhs into the abdomen, sevelamer, amlodipine. HD MWF.
"""),
("2021-10-05", "Nephrology Clinic Note", """
NEPHROLOGY - HD patient office visit

Pt reports hard, sore lumps in both thighs, first noticed 09/27/2021, now waking him at night.
Exam: anterior thighs bilaterally, mid to upper third - several 2-4cm tender indurated
plaques with overlying livedo racemosa; biggest one sits on the R and has a black
centre about 1cm wide. Feet warm, DP pulses present.
Bloods: phos 8.1 (high!), PTH 1045, Ca 9.6, alb 3.3, HbA1c 7.9
Hx: T2DM on insulin; warfarin 2015-2016 for a DVT, stopped; BMI 33.0. On HD via R arm AVF.
A: suspect calciphylaxis - severe hyperparathyroidism, poor phosphate control.
P: derm urgent for bx; start sodium thiosulfate with dialysis; switch calcium binder to
lanthanum; refer to surgery re parathyroidectomy.
"""),
("2021-10-26", "Dermatology Consult Note", """
DERMATOLOGY CONSULT

Reason: bilateral thigh lesions in a dialysis pt, onset late Sept (9/27/21 per pt).
Exam: anterior thighs, both sides, upper and mid third: indurated violaceous plaques
in a net-like pattern, two with central eschar (R 1.5cm, L 0.8cm). Very tender.
No lesions on abdomen, buttocks or calves.
Path: punch bx L anterior thigh 10/12/21 - calcified media in little subcutaneous vessels,
thrombus, septal panniculitis; von Kossa +. Diagnosis: calciphylaxis, bilateral anterior thighs.
Plan: continue STS; wound care using non-stick dressings; pain management; nutrition.
BMI 33.0. Psychiatric meds per his psychiatrist.
"""),
]}

F05 = {"patient_id": "F05", "age": 36, "sex": "F", "notes": [
("2022-08-23", "CMHT Psychiatry Review", """
CMHT outpatient review - Dr K. Nwosu

36F bipolar I. Lithium stopped 2019 due to lithium-induced nephropathy, now ESRD on PD.
Mood euthymic for 4 months on valproate 500mg bd + quetiapine 200mg nocte.
Valproate pregnancy prevention: she went to the sexual health clinic on Aug 17th and had
an etonogestrel implant put in, L inner upper arm, via a small incision,
steri-strips on, healing well. Annual acknowledgement form signed today.
Sleep 7-8 h. No early warning signs. No SI. Good engagement with CPN.
Obs: wt 81.0kg, ht 164.3cm -> BMI 30.0 exactly. BP 126/80. Not diabetic (A1c 5.2).
Plan: continue current regimen, valproate level + LFTs with her next PD bloods,
review in 3 months or sooner via CPN.
"""),
("2022-11-08", "PD Clinic Nursing Note", """
PD clinic nursing note

Monthly review. Manual CAPD 4 exchanges/day, drains clear, exit site clean and dry.
Pt shows me a dark, hard, painful area high on her L arm, inner side, which she
says began around mid-October and has spread. It surrounds the small scar where her
contraceptive implant went in. Measures 4x3.5cm: violaceous centre, lacy purple
edge, centre feels woody. Pain 7/10, worst overnight.
Phos 6.9, Ca 10.3 this month. Uses calcium carbonate binder.
Reviewed by Dr Feld in clinic - concerned for calciphylaxis; derm to see this week
and bx. Calcium binder changed to sevelamer.
Wt 80.6kg, BMI 30.0.
"""),
("2022-12-06", "Dermatology Note", """
Dermatology clinic - follow up

Incisional biopsy 11/15/22, L medial upper arm: arterioles of the fat showing medial
calcification and fibrin thrombus; necrotic adipocytes. Confirms calciphylaxis.
Clinically the plaque is built around the implant insertion scar of the L inner upper
arm; the minor surgical trauma of the insertion (8/17/22) seems to have localised it.
The implant itself was taken out by gynaecology on 11/29/22 after discussion with her
psychiatrist; copper IUD to be considered instead.
Exam: 4.5x4cm plaque, thin eschar forming centrally, no infection.
Plan: STS given by the PD team, wound care referral, gabapentin low dose renally adjusted.
"""),
]}

F06 = {"patient_id": "F06", "age": 67, "sex": "M", "notes": [
("2024-03-11", "Clozapine Clinic Note", """
CLOZAPINE CLINIC                 week 212 on clozapine
ANC (fingerstick, POC) 3.9 - green. Clozapine 300mg nocte, level 412 ng/mL (Feb).
Group home staff report he fell on Sat night 3/9 getting up to the bathroom, dizzy,
landed against the metal bed frame and hit the outer side of his R thigh. Staff saw a
large purple bruise R lateral thigh Sunday, no head strike, walking fine.
Today lying BP 128/74 -> standing 102/60 with light-headedness = orthostatic.
Advised: sit on edge of bed before standing, fluids per PD limits, night light.
Hypersalivation - towel on pillow. BMs every 2 days on senna/PEG.
DM2 - diet only, no tablets or insulin (A1c 6.6). On PD (renal team). Weight 88.0kg -> BMI 28.4.
Plan: no dose change; recheck orthostatics in 1 wk.
"""),
("2024-04-02", "Supported Housing Liaison Note", """
CMHT - supported housing liaison

Called by Maple Court key worker. Resident has a sore on the outer part of his R
thigh - "started as a dark spot", 10 days ago by the key worker's reckoning, black-centred now; he is
guarding the leg and not joining groups. Key worker sent a photo to the team phone
with consent: roughly palm-sized purplish mottled area, dark centre.
Resident is calm, says the leg "burns". Eating, taking clozapine under supervision.
Action: PD nurse contacted, earliest slot Friday with renal; key worker to keep the
area clean and covered, call 911 if fever or confusion.
CPN to visit Thursday.
"""),
("2024-04-05", "PD Clinic Note", """
RENAL - PD clinic
67M ESRD (hypertensive nephrosclerosis) on APD, schizophrenia on clozapine.
R lateral thigh: 7x6cm indurated area with retiform purpura, central 2.5cm hard
black eschar, surrounding skin exquisitely tender. No crepitus, no cellulitis margin.
Temp 36.8, WBC 7.9. Ca 9.9 | PO4 7.2 | PTH 590 | alb 3.0.
Impression: probable calciphylaxis. Differential includes warfarin necrosis (he has
never taken warfarin) and vasculitis.
Plan: derm punch bx Monday, sodium thiosulfate with PD regimen, calcium carbonate off,
phosphate diet sheet again. Wt 87.1kg, BMI 28.1.
"""),
("2024-04-19", "Dermatology Note", """
DERMATOLOGY
Bx R lateral thigh 4/8/24 (two punches at the edge): the little vessels in the subcutis
are calcified and thrombosed, with fat necrosis around - calciphylaxis confirmed.
Pt somewhat vague about how it began; key worker present and supportive.
Exam: R lateral thigh ulcer 7x6.5cm, eschar intact, periwound livedo. No lesions elsewhere
on trunk or limbs. Not septic.
Discussed prognosis plainly with pt and key worker.
Plan: weekly wound clinic, soft silicone dressings, pain regimen per palliative
nephrology, avoid pressure on the R side when lying, repeat review 3 wks.
"""),
]}

F07 = {"patient_id": "F07", "age": 44, "sex": "M", "notes": [
("2019-07-14", "Crisis Team ED Assessment", """
CRISIS RESOLUTION TEAM - ED assessment, 14 Jul 2019, 02:30

Brought in by police on an emergency hold after shouting at neighbours and smashing
his own window; 3rd night without sleep. Threatening staff, pacing, not redirectable.
Verbal de-escalation ~20 min unsuccessful. Rapid tranquillisation per protocol:
haloperidol 5mg + lorazepam 2mg IM, R lateral thigh (vastus lateralis), at 03:05,
given by ED RN with security present.
Post-RT: obs q15 min, settled by 03:40, resp 16, SpO2 97% RA.
PMH: schizophrenia, warfarin for recurrent DVTs (INR 2.9 tonight); obesity (BMI 35.1).
Kidneys fine, creatinine 0.8. Not diabetic.
Plan: psych admission once medically cleared, bed search.
"""),
("2019-08-12", "Integrated Physical Health Clinic Note", """
CMHC integrated physical health clinic (NP visit)

Discharged from inpatient psych 8/2, now on oral olanzapine. Presents with a sore on
his outer R thigh, very painful, which he dates to 2 weeks ago - a reddish-purple blotch at
first, darker in the middle now.
O: R lateral mid-thigh, 5x5cm retiform purpura around a 2cm necrotic centre,
indurated, very tender. Afebrile. INR today 3.4. Wt 112kg.
A: warfarin skin necrosis vs calciphylaxis vs vasculitis.
P: urgent derm referral (booked for 8/16), CBC/CMP/coags, coag clinic informed of INR,
analgesia. Pt agreeable, clear instructions given in writing.
"""),
("2019-08-27", "Dermatology Note", """
Dermatology clinic

Punch bx R lateral thigh 8/16/19: media of the subcutaneous arterioles calcified, clot
inside them, necrotic fat. Protein C/S normal levels.
Dx - NON-uremic calciphylaxis (eGFR >90) - warfarin and obesity the likely drivers.
Exam: ulcer R lateral thigh 5.5x5cm, black eschar. No other lesions.
Plan: warfarin stopped, switched to apixaban after haem discussion; STS IV 3x/week via
infusion centre; wound care with the CMHC nurse twice weekly; weight 111.6kg, BMI 35.1.
Pt understands the plan; written leaflet given; return 3 wks or sooner if fever.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
