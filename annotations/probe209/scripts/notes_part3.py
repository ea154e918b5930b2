"""probe209 corpus notes, E15-E20 (patient and caregiver diaries, symptom logs, clinician replies
and the clinic notes around them; all people, places and wording invented)."""

E15 = {"patient_id": "E15", "age": 34, "sex": "F", "notes": [
("2025-02-03", "Patient Symptom Log (app export)", """
GlucoLog export + my notes -- Priya Ramaswamy-Kerr
Pump sets go in my tummy, new one every third day, alternating L and R lower parts.

Jan 27  set change -> L lower abd. site sore afterwards
Jan 29  time in range 61%, 2 lows overnight (54, 61)
Jan 30  set change -> R lower abd
Jan 31  the old L site is still sore: firm purple lump about 2 cm, skin looks netted
        around it
Feb 2   a 2nd lump at an older R site. both very tender, worse with my waistband
Feb 3   set change -> upper L abd, avoiding the lumps

Kidney clinic last month: creatinine 3.4, eGFR 17. Weight 76 kg.
"""),
("2025-02-05", "Endocrinology Reply (portal)", """
Hi Priya,

Thanks for the export and the photos. Firm tender lumps at old infusion-set sites are most
often lipohypertrophy or a local site reaction. With your kidney function, though, the
nephrology team would also like calciphylaxis considered, which is why I'd rather see you
than guess from pictures.

For now please move your sets to the upper buttocks or flanks and leave the lower abdomen
alone. Clinic visit Monday 2/10 at 2 pm; Dr. Haverkamp from dermatology will join us.
Keep the pump settings as they are; your overnight lows look like the 2 a.m. basal, which
we'll adjust then.

Dr. Ossian Kettleborough, Endocrinology
"""),
("2025-02-10", "Joint Endocrine-Dermatology Clinic Note", """
ENDO / DERM joint visit
34F, type 1 DM on a pump (CSII), CKD stage 4 without dialysis, no anticoagulation.
BMI 29.5.

Abd: L and R lower quadrants, at former infusion-set sites, two indurated violaceous
nodules 2-2.5 cm with a faint livedoid rim; no ulceration or eschar. Upper sites normal.
Ca 9.8  P 5.6  PTH 210  HbA1c 8.1%

Impression: infusion-site panniculitis; we are not able to exclude early calciphylaxis;
lipohypertrophy less likely given pain and colour.
Deep incisional bx offered and declined for now (she fears a biopsy hole that never
closes).
Plan: recheck in 4 wks; sets kept away from the lower abdomen; photos monthly via portal;
nephrology informed.
"""),
]}

E16 = {"patient_id": "E16", "age": 82, "sex": "F", "notes": [
("2017-11-08", "Caregiver Care Notebook (son)", """
Mama's care notebook -- Teodoro Villanueva

Since she came home from the hospital in October she mostly lies on her right side, it's
the only way she breathes easy. The bed is an old one, no special mattress.

11/1  turned her every 4 hrs when I could. Dialysis van came 6:10 am.
11/3  ate half a tortilla and some caldo. sugar 188.
11/4  insulin 4 units, sugar 220.
11/6  right hip (the bony part) has a dark purple hard spot. She cries when I touch it.
11/7  dialysis, I forgot to tell them.
11/8  spot bigger, black in the centre. Home health nurse coming Friday.
"""),
("2017-11-10", "Home Health RN Visit", """
HOME HEALTH SKILLED NURSING VISIT
82F, frail; ESRD with HD Mon/Wed/Fri (Lakeview unit). Diabetes (type 2) treated with insulin. Wt 48 kg,
BMI 21.0.

R greater trochanter: dark purple indurated area 5x4cm, black centre 1.5 cm across,
periwound intact; pain out of proportion to what is seen. Per son she has lain R
side-lying most of the day since mid-October.
Could be a deep tissue pressure injury; her nephrologist's last note also raises
calciphylaxis given ESRD and the degree of pain.

Interventions: alternating-pressure mattress ordered, 2-hourly turns taught with a
wedge, heels floated. Son demonstrated turning back.
BP 108/60  HR 90  T 36.4  SpO2 94% RA
"""),
("2017-11-20", "Nephrology and Palliative Family Meeting Note", """
Family meeting -- nephrology + palliative care

Present: pt, son Teodoro, Dr. Ilse Brandvold (nephrology), P. Achterberg NP (palliative).
Pt is tired of dialysis and, with her son, chose to stop HD after Wednesday's run and
enroll in home hospice.

R hip lesion: could be calciphylaxis, could be an unstageable pressure injury -- unresolved. Biopsy not pursued
-- it would not change the plan and could leave another wound. Comfort-focused wound care
(foam, no debridement), low-dose morphine, keep the pressure mattress.
Insulin reduced to a small dose only for sugars over 300.
Code status: DNR/DNI confirmed.
"""),
]}

E17 = {"patient_id": "E17", "age": 45, "sex": "M", "notes": [
("2022-07-18", "Patient Diary", """
Diary -- Arvid Castellano-Boyd

July 4th: neighbour's cat panicked at the fireworks and scratched the inside of my right
forearm, 3 lines. Washed it, put Neosporin on.
7/6   exchanges fine, UF 600
7/9   the scratch lines are red, one of them now purple and hard. hurts way more than a
      scratch ought to
7/12  INR 3.4 (high) -- coumadin clinic cut my dose
7/14  middle of that one is black, about a nickel, purple net around it
7/17  throbbing, can't sleep. no fever. bringing this to PD clinic tomorrow
"""),
("2022-07-19", "PD Clinic Note", """
PD clinic -- Dr. Yusra Delacroix-Imam
45M, lupus nephritis, now CAPD. APS, takes warfarin. No diabetes. BMI 33.0.

R volar forearm: necrotic ulcer 2.5cm across, violaceous retiform rim, lying along one of the
cat-scratch lines from July 4; the other two lines healed.
DDx: infected cat scratch / ecthyma; calciphylaxis; warfarin-induced skin necrosis; APS
vasculopathy.
Ca 9.7  P 6.1  PTH 640  INR 3.4  CRP 14
Effluent clear.

Plan: swab; ten days of doxycycline; derm referral for punch bx; INR target kept 2-3.
"""),
("2022-08-02", "Portal Message and Clinician Reply", """
Message from patient, 8/1:
"Antibiotics done. Sore is the same size, still black. Derm biopsy got cancelled twice
(their end), now set for 8/24. Is it the calciphylaxis thing? I'm worried."

Reply, 8/2, Dr. Delacroix-Imam:
Arvid, the swab grew only ordinary skin bacteria, and the sore hasn't behaved like a plain
infected scratch, so calciphylaxis remains a real possibility -- but we won't know
without the biopsy, so please keep the 8/24 slot. Until then: no tape on the skin around
it, a non-stick pad with a light wrap, and keep your exchanges as usual. If it spreads or
you get a fever, come to the PD unit the same day.
"""),
]}

E18 = {"patient_id": "E18", "age": 59, "sex": "M", "notes": [
("2019-04-15", "Caregiver Symptom Log (wife)", """
Log for Ray Szymanski -- by Donna

4/8   little raised purple dots on both shins, itchy more than painful
4/10  HD (Mon/Wed/Fri). dots running together into bigger blotches
4/12  two on the left shin opened into shallow sores, oozing clear
4/13  sugars 140-210, Humalog by the sliding scale, Lantus 24 at night
4/14  he started the new gout pill (allopurinol) the last week of March

Question: the dialysis nurse said "calciphylaxis?" when she saw the legs. What is that,
and is it serious? He's been sleeping badly.
"""),
("2019-04-17", "Dermatology Consult", """
DERM CONSULT
59M, ESRD (HD), type 2 DM using insulin, gout. No anticoagulants. BMI 26.0.
Allopurinol started late March 2019.

Exam: palpable purpura both lower legs, most crowded over the shins; two shallow ulcers
1 cm and 0.7 cm L shin with clean bases; no eschar, no retiform pattern, no livedo.

DDx: leukocytoclastic vasculitis (drug-induced, allopurinol) vs calciphylaxis (ESRD)
vs cholesterol emboli (unlikely).
Punch bx x2 today, L shin: one H&E, one DIF.
Hold allopurinol pending results. UA, complement, ANCA, hepatitis panel sent.
"""),
("2019-04-26", "Dermatology Follow-up", """
DERMATOLOGY f/u -- results

Bx L shin 4/17: neutrophils and nuclear dust around dermal venules with fibrinoid change
(leukocytoclastic vasculitis);
von Kossa: no calcium anywhere; subcutaneous arterioles open, without thrombi. DIF: perivascular
C3 only. ANCA neg, complement normal.

Calciphylaxis ruled out. Dx: drug-induced (allopurinol) cutaneous small-vessel vasculitis.
Purpura fading since the drug was held 4/17; the two shin ulcers are epithelializing.
Plan: allopurinol permanently stopped (listed as an allergy); febuxostat discussion with
rheum; petrolatum + nonadherent dressing; RTC prn. Wife's questions answered.
"""),
]}

E19 = {"patient_id": "E19", "age": 41, "sex": "F", "notes": [
("2026-01-12", "Patient Health Diary (portal)", """
Health diary -- Keziah Montgomery-Ruiz

Since Christmas I've been checking my skin every night because of Dad. He died of
calciphylaxis in 2017 while he was on dialysis, and his legs were covered in black sores.
My kidneys are "stage 3a" now and that scares me.

1/3   small red spot on my L calf. turned out to be a bug bite, gone by 1/6
1/8   BP 134/86 at the pharmacy. fasting sugar 118. still just diet, no pills
1/10  weight 84.1 kg

Can I inherit calciphylaxis from him? Should I be tested for it? Is there anything I
should stop doing?
"""),
("2026-01-14", "Clinician Reply (portal) - Nephrology", """
Dear Keziah,

I'm very sorry about your dad. Calciphylaxis isn't something parents hand on to children; we
see it nearly always in people whose kidneys have fully failed, and your kidney function has been steady (eGFR 52 in
December, stage 3a), far from dialysis. There is no test that predicts it. The spot on your
calf that came and went was an insect bite, nothing more; your skin was normal when I
examined you in December.

Your problem list for reference: CKD 3a, type 2 diabetes (diet, no medication), obesity
(BMI 29.8 at the December visit), hypertension. No insulin, no blood thinners.
Keep the BP log going and we'll see you in April.

Dr. Benedikt Aalto-Ferreira, Nephrology
"""),
]}

E20 = {"patient_id": "E20", "age": 50, "sex": "M", "notes": [
("2017-03-06", "Patient PD Log", """
PD log -- Ibrahim Sallowicz

3/1  4 exchanges 2.5%, UF 820, wt 77.9, BP 128/78
3/2  helped my brother move, lifted boxes all day
3/3  lower back stiff and sore. heating pad on the low back on medium for about an hour
     watching TV, then again at night
3/4  back better. heating pad twice. exchanges ok, one bag a bit slow
3/5  UF 760. no fever, fluid clear
3/6  question for the nurse: is it OK to keep using the heating pad?
"""),
("2017-03-07", "PD Nurse Reply and Clinic Skin Check", """
Hi Ibrahim,

Thanks for asking. Please put the heating pad away. Anyone doing dialysis can develop calciphylaxis
(rare, painful, in the skin), and we tell all our PD patients to keep heat
off their skin. A warm (not hot) shower and paracetamol are safer for a sore back, and if it
isn't better in a week let us know.

I looked at your back and tummy at today's clinic visit: skin normal, no redness, no
lumps or sores anywhere, exit site clean. Nothing to suggest calciphylaxis.
BP 126/80; 78.0 kg today; BMI 25.0. Not diabetic.

Sunniva Braathen, RN -- PD Training Unit
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
